import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCsv, toCsv } from '../../../../src/tracker/exchange/csv';
import { parseExport, toExport } from '../../../../src/tracker/exchange/export';
import { reportOfExport } from '../../../../src/tracker/exchange/figures';
import { mergeExports } from '../../../../src/tracker/exchange/merge';
import { pseudonyms } from '../../../../src/tracker/exchange/pseudonym';
import { reportCsv } from '../../../../src/tracker/exchange/report-csv';
import type { ReportExport } from '../../../../src/tracker/exchange/schema';
import { exportOptions } from '../../../../src/tracker/exchange/figures';
import type { IncomingRow } from '../../../../src/tracker/model';
import { HOUR, MIN, NOW, rowsOf, thread } from '../report/rows';

const META = { appVersion: '0.1.0', exportedAt: NOW, period: { kind: '7d' as const, start: NOW - 7 * 24 * HOUR, end: NOW }, timeZone: 'Asia/Jakarta', clock: 'wall' as const, targetMs: 60 * MIN, configHash: 'abc' };

function exportOf(observer: string, threads: ReturnType<typeof thread>[], at = NOW): ReportExport {
  const rows = rowsOf(threads);
  rows.incoming = rows.incoming.map((item) => ({ ...item, observedBy: observer }));
  rows.replies = rows.replies.map((reply) => ({ ...reply, observedBy: observer }));
  return toExport(rows, { ...META, exportedAt: at, exportedBy: observer });
}

describe('export files', () => {
  test('an export reads back as it was written', () => {
    const file = exportOf('sari', [thread(60, 10), thread(30)]);
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  test('a malformed or foreign file is refused with its reason', () => {
    expect(parseExport('{not json')).toMatchObject({ ok: false, reason: expect.stringContaining('not valid JSON') });
    expect(parseExport('{"format":"chatwoot"}')).toMatchObject({ ok: false, reason: expect.stringContaining('not a Pilar report') });
    expect(parseExport(JSON.stringify({ ...exportOf('a', []), schemaVersion: 9 }))).toMatchObject({ ok: false, reason: expect.stringContaining('newer Pilar') });
    const broken = exportOf('a', [thread(60)]) as unknown as { rows: { incoming: { arrival: unknown }[] } };
    broken.rows.incoming[0]!.arrival = { precision: 'exact' };
    expect(parseExport(JSON.stringify(broken))).toMatchObject({ ok: false, reason: expect.stringContaining('$.rows.incoming[0].arrival') });
  });
});

describe('team merge', () => {
  test('the same item seen by two admins counts once; the earliest sighting wins and both observers are kept', () => {
    const shared = thread(120);
    const later: IncomingRow = { ...shared.item, firstSeenAt: shared.item.firstSeenAt + 30 * MIN };
    const a = exportOf('sari', [shared]);
    const b = exportOf('budi', [{ ...shared, item: later }]);
    b.rows.incoming[0]!.firstSeenAt = later.firstSeenAt;
    const { merged, conflicts } = mergeExports([b, a]);
    expect(merged.rows.incoming).toHaveLength(1);
    expect(merged.rows.incoming[0]!.observedBy).toBe('sari');
    expect(merged.observations?.[shared.item.key]).toEqual(['budi', 'sari']);
    expect(merged.exportedBy).toEqual(['budi', 'sari']);
    expect(conflicts).toEqual([]);
  });

  test('an item one admin saw answered is answered in the team view; disagreements are flagged', () => {
    const answered = thread(120, 20);
    const waiting = { item: answered.item, episode: { ...answered.episode, state: 'open' as const, firstResponseAt: undefined, closedAt: undefined } };
    const a = exportOf('sari', [waiting]);
    const b = exportOf('budi', [answered]);
    const c = exportOf('ani', [{ ...waiting, item: { ...waiting.item, snippet: 'edited text', firstSeenAt: waiting.item.firstSeenAt + MIN } }]);
    const { merged, conflicts } = mergeExports([a, b, c]);
    expect(merged.rows.episodes).toHaveLength(1);
    expect(merged.rows.episodes[0]).toMatchObject({ state: 'answered', firstResponseAt: answered.reply!.sentAt });
    expect(conflicts.map((conflict) => [conflict.table, conflict.field, conflict.kept])).toEqual([['incoming', 'snippet', waiting.item.snippet]]);
    expect(reportOfExport(merged).current.response.answered).toBe(1);
  });

  test('exports made under different configs are merged and the difference is flagged', () => {
    const { conflicts } = mergeExports([exportOf('a', []), { ...exportOf('b', []), configHash: 'def' }]);
    expect(conflicts).toMatchObject([{ table: 'meta', field: 'configHash', kept: 'abc' }]);
  });

  // Small pools of ids and times so that random exports overlap and disagree often.
  const threadArb = fc.record({ n: fc.integer({ min: 0, max: 6 }), ago: fc.integer({ min: 1, max: 3000 }), answer: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }), snippet: fc.constantFrom('a', 'b', '=HYPERLINK("x")') });
  const exportArb = fc.record({ observer: fc.constantFrom('sari', 'budi', 'ani'), threads: fc.array(threadArb, { maxLength: 6 }), at: fc.integer({ min: 0, max: 5 }) }).map(({ observer, threads, at }) => {
    const built = threads.map(({ n, ago, answer, snippet }) => {
      const made = thread(ago, answer, { snippet });
      const key = `x|pemkot|fixed${n}`;
      const item = { ...made.item, key, itemId: `fixed${n}` };
      const episode = { ...made.episode, id: `${key}#1`, itemKeys: [key] };
      return { item, episode, reply: made.reply && { ...made.reply, id: `reply-${n}-${answer}`, itemKey: key } };
    });
    return exportOf(observer, built, NOW + at * MIN);
  });

  test.prop([fc.array(exportArb, { minLength: 1, maxLength: 4 })])('merging does not depend on the order of the files', (files) => {
    const forward = mergeExports(files);
    const backward = mergeExports([...files].reverse());
    expect(backward).toEqual(forward);
  });

  test.prop([fc.array(exportArb, { minLength: 1, maxLength: 4 })])('merging a file twice, or merging the merge again, changes nothing', (files) => {
    const once = mergeExports(files);
    expect(mergeExports([...files, ...files])).toEqual(once);
    expect(mergeExports([once.merged]).merged).toEqual(once.merged);
    expect(mergeExports([once.merged, ...files]).merged.rows).toEqual(once.merged.rows);
  });
});

describe('CSV', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+62 812', '-5', '@SUM(A1)', "'quoted", '"', 'a,b', 'baris\r\nbaru', '\tTab', 'Rp 5.000'));

  test.prop([fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 })])('text cells round-trip exactly', (table) => {
    expect(parseCsv(toCsv(table))).toEqual(table);
  });

  test.prop([fc.array(cell, { minLength: 1, maxLength: 6 })])('no written cell can start a formula', (row) => {
    const written = toCsv([row]).slice(1);
    for (const raw of written.replace(/\r\n$/, '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
      expect(raw.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  test('the episode export: stamp, one row per episode, summary, BOM, pseudonymised handles', async () => {
    const file = exportOf('sari', [thread(60, 10, { author: '@warga_kota', snippet: '=cmd|calc' }), thread(30)]);
    const report = reportOfExport(file);
    const names = await pseudonyms(['@warga_kota'], 'team-salt');
    const text = reportCsv(file, file.rows, report, exportOptions(file), names);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[1]!.slice(3, 8)).toEqual(['Asia/Jakarta', 'wall', '60', 'abc', '0.1.0']);
    const header = rows.findIndex((row) => row[0] === 'episode');
    const episodes = rows.slice(header + 1, rows.findIndex((row, i) => i > header && row.length === 1));
    expect(episodes).toHaveLength(2);
    const first = Object.fromEntries(rows[header]!.map((column, i) => [column, episodes[0]![i]]));
    expect(first).toMatchObject({ state: 'answered', wall_minutes: '10', target: 'in-time', answered_by: 'sari', first_item: '=cmd|calc' });
    expect(first.author).toMatch(/^warga-[0-9a-f]{12}$/);
    expect(text).not.toContain('@warga_kota');
    expect(text).toContain("'=cmd|calc");
    expect(rows.find((row) => row[0] === 'incoming')).toEqual(['incoming', '2']);
  });
});
