import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoExport } from '../../scripts/demo-seed.ts';
import { reportOfExport } from '../../src/tracker/exchange/figures.ts';
import { mergeExports } from '../../src/tracker/exchange/merge.ts';
import type { ReportExport } from '../../src/tracker/exchange/schema.ts';
import { BROWSERS, launch, type Session } from './harness';

// Seeded records go in through the report page's own import; the page and the popup must show the
// figures the pure report computes, an export must import into a fresh profile with the same
// figures, and `pilar report merge` must agree with the page's merge.
const NOW = Date.now();
const ADMIN_A = demoExport({ now: NOW, seed: 11, days: 10 });
const ADMIN_B = { ...demoExport({ now: NOW, seed: 12, days: 10 }), exportedBy: ['admin-b'] };
const dir = mkdtempSync(join(tmpdir(), 'pilar-report-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function send(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(async (m) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    return (scope.browser ?? scope.chrome)!.runtime.sendMessage(m);
  }, message);
}

/** The incoming tile's figure as the page shows it. */
async function incomingTile(page: Page): Promise<string> {
  await page.waitForSelector('.tiles .tile-value');
  return page.$eval('.tiles .tile-value', (element) => element.textContent ?? '');
}

describe.each(BROWSERS)('the supervisor report in %s', (name) => {
  let session: Session;
  let fresh: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await fresh?.close();
  });

  test('imported records: the report page and the popup show the computed figures', async () => {
    const page = await session.openExtensionPage('report.html#30d');
    await page.waitForSelector('h1');
    expect(await send(page, { type: 'report/import', file: JSON.stringify(ADMIN_A) })).toMatchObject({ ok: true });
    expect(await send(page, { type: 'report/import', file: '{"format":"other"}' })).toMatchObject({ ok: false });
    // Firefox reports no load event for extension pages over BiDi: open the page again instead of reloading.
    const page2 = await session.openExtensionPage('report.html#30d');
    const view = mergeExports([ADMIN_A]).merged;
    const expected = reportOfExport({ ...view, exportedAt: NOW }, '30d');
    expect(await incomingTile(page2)).toBe(new Intl.NumberFormat('id').format(expected.current.volume.incoming));
    const text = await page2.$eval('main', (element) => element.textContent ?? '');
    expect(text).toContain(`Terbit meski diblokir: ${expected.audit.overrides.length}`);
    expect(text).toContain(expected.audit.overrides[0]!.reason);
    expect(text).toContain('analitik web instansi');

    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('.team-figures');
    const week = reportOfExport({ ...view, exportedAt: NOW }, '7d');
    expect(await incomingTile(popup)).toBe(new Intl.NumberFormat('id').format(week.current.volume.incoming));
  });

  test('an export imported into a fresh profile gives the same figures; the CLI merge agrees with the page', async () => {
    const page = await session.openExtensionPage('report.html#30d');
    await page.waitForSelector('h1');
    const view = (await send(page, { type: 'report/get' })) as { merged: ReportExport };
    const exported = join(dir, `${name}-a.json`);
    writeFileSync(exported, JSON.stringify(view.merged));

    fresh = await launch(name);
    const other = await fresh.openExtensionPage('report.html#30d');
    await other.waitForSelector('h1');
    expect(await send(other, { type: 'report/import', file: JSON.stringify(view.merged) })).toMatchObject({ ok: true });
    const reopened = await fresh.openExtensionPage('report.html#30d');
    const before = await incomingTile(page);
    expect(await incomingTile(reopened)).toBe(before);

    // A second admin's file merged in the page and by the command line.
    const second = join(dir, `${name}-b.json`);
    writeFileSync(second, JSON.stringify(ADMIN_B));
    expect(await send(other, { type: 'report/import', file: JSON.stringify(ADMIN_B) })).toMatchObject({ ok: true });
    const team = (await send(other, { type: 'report/get' })) as { merged: ReportExport };
    const teamFile = join(dir, `${name}-team.json`);
    writeFileSync(teamFile, JSON.stringify(team.merged));
    const run = spawnSync(process.execPath, ['bin/pilar.mjs', 'report', 'merge', exported, second, '--out', join(dir, `${name}-cli.json`), '--period', '30d'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const cli = JSON.parse(run.stdout).figures;
    const pageFigures = reportOfExport({ ...team.merged, exportedAt: cli.periodEnd }, '30d').current.volume;
    expect(cli.incoming).toBe(pageFigures.incoming);
    expect(cli.answered).toBe(pageFigures.answered);
  });
});
