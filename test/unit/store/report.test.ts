import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { reportHandlers } from '../../../src/report/handlers';
import { PilarDb } from '../../../src/store/db';
import { toExport } from '../../../src/tracker/exchange/export';
import { HOUR, MIN, NOW, rowsOf, thread } from '../tracker/report/rows';

let counter = 0;
function setup() {
  const db = new PilarDb(`pilar-report-${++counter}`);
  const handlers = reportHandlers({ db: () => db, now: () => NOW, observer: async () => 'me', appVersion: () => '0.1.0', config: () => ({ targets: 1 }) });
  return { db, handlers };
}
const sender = {};
const teammate = toExport(rowsOf([thread(90, 30), thread(40)]), { appVersion: '0.1.0', exportedBy: 'sari', exportedAt: NOW - MIN, period: { kind: '7d', start: NOW - 168 * HOUR, end: NOW }, timeZone: 'Asia/Jakarta', clock: 'wall', targetMs: HOUR, configHash: 'x' });

describe('report messages', () => {
  test('an imported export joins the team view; importing it again changes nothing', async () => {
    const { handlers } = setup();
    expect(await handlers['report/import']({ type: 'report/import', file: JSON.stringify(teammate) }, sender)).toEqual({ ok: true, observers: ['sari'], items: 2 });
    await handlers['report/import']({ type: 'report/import', file: JSON.stringify(teammate) }, sender);
    const view = await handlers['report/get']({ type: 'report/get' }, sender);
    expect(view.merged.exportedBy).toEqual(['me', 'sari']);
    expect(view.merged.rows.incoming).toHaveLength(2);
    expect(view.merged.exportedAt).toBe(NOW);
    expect(view.merged.configHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a malformed or foreign file is refused with its reason and nothing already imported changes', async () => {
    const { db, handlers } = setup();
    await handlers['report/import']({ type: 'report/import', file: JSON.stringify(teammate) }, sender);
    const before = await db.imports.toArray();
    expect(await handlers['report/import']({ type: 'report/import', file: '{"format":"pilar-report","schemaVersion":1}' }, sender)).toMatchObject({ ok: false, reason: expect.stringMatching(/^\$/) });
    expect(await handlers['report/import']({ type: 'report/import', file: 'id,text\n1,halo' }, sender)).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') });
    expect(await db.imports.toArray()).toEqual(before);
  });
});
