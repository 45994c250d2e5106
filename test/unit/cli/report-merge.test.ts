import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { toExport } from '../../../src/tracker/exchange/export';
import { reportOfExport } from '../../../src/tracker/exchange/figures';
import { mergeExports } from '../../../src/tracker/exchange/merge';
import { headlineFigures } from '../../../src/tracker/report/summary';
import { HOUR, MIN, NOW, rowsOf, thread } from '../tracker/report/rows';

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'pilar-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pilar(args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/pilar.mjs'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const META = { appVersion: '0.1.0', period: { kind: '7d' as const, start: NOW - 7 * 24 * HOUR, end: NOW }, timeZone: 'Asia/Jakarta', clock: 'wall' as const, targetMs: 60 * MIN, configHash: 'abc' };
const shared = thread(300, 45);
const sari = toExport(rowsOf([shared, thread(120, 10), thread(50)]), { ...META, exportedBy: 'sari', exportedAt: NOW });
const budi = toExport(rowsOf([shared, thread(200, 150)]), { ...META, exportedBy: 'budi', exportedAt: NOW - MIN });
const write = (name: string, content: string) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const a = write('sari.json', JSON.stringify(sari));
const b = write('budi.json', JSON.stringify(budi));

describe('pilar report merge', { timeout: 60_000 }, () => {
  test('two exports: the merged file and the team figures the report page computes from the same merge', () => {
    const out = join(dir, 'team.json');
    const run = pilar(['report', 'merge', a, b, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    const expected = headlineFigures(reportOfExport(mergeExports([sari, budi]).merged));
    expect(printed.figures).toEqual(JSON.parse(JSON.stringify(expected)));
    // The shared thread counts once: 4 items, not 5.
    expect(printed.figures.incoming).toBe(4);
    expect(printed.observers).toEqual(['budi', 'sari']);
    expect(JSON.parse(readFileSync(out, 'utf8')).rows.incoming).toHaveLength(4);
  });

  test('--csv writes the episode CSV with a BOM', () => {
    const run = pilar(['report', 'merge', a, b, '--csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFpilar_report,')).toBe(true);
    expect(run.stdout.split('\r\n').filter((line) => line.startsWith('x|pemkot|'))).toHaveLength(4);
  });

  test('a foreign or broken file is refused by name and nothing is written', () => {
    const out = join(dir, 'never.json');
    const foreign = write('foreign.json', '{"hello": 1}');
    const run = pilar(['report', 'merge', a, foreign, join(dir, 'missing.json'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${foreign}: not a Pilar report export`);
    expect(run.stderr).toContain('missing.json: file not found');
    expect(existsSync(out)).toBe(false);
  });

  test('usage errors exit 2 with the help', () => {
    const run = pilar(['report', 'merge']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report merge needs at least one FILE');
  });
});
