import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'pilar-categorize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pilar(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await main(args, { stdin: Readable.from([input]), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('pilar categorize', () => {
  test('--jsonl writes one {id, category, evidence} line per message, in order; a bad line gets an error and the run goes on', async () => {
    const input = [
      JSON.stringify({ id: 'm1', text: 'Lampu jalan di Gang Melati mati sudah seminggu, gelap dan rawan.' }),
      'not json',
      JSON.stringify({ id: 2, text: 'Syarat bikin SKCK apa saja ya min?' }),
      JSON.stringify({ id: 'm3' }),
      '',
      JSON.stringify({ id: 'm4', text: 'Terima kasih, pelayanannya cepat!' }),
    ].join('\n');
    const run = await pilar(['categorize', '--jsonl'], input);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'm1', category: 'aduan' });
    expect(lines[0].evidence).toEqual(expect.arrayContaining(['mati']));
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2]).toMatchObject({ id: 2, category: 'pertanyaan' });
    expect(lines[3]).toEqual({ id: 'm3', error: 'missing "text" (a string)' });
    expect(lines[4]).toMatchObject({ id: 'm4', category: 'apresiasi' });
    expect(Object.keys(lines[4])).toEqual(['id', 'category', 'evidence']);
  });

  test('plain text gives one readable line, in Indonesian or English', async () => {
    const id = await pilar(['categorize'], 'Mohon dibangun halte di depan RSUD.');
    expect(id.stdout).toBe('Kategori: aspirasi · bukti: "mohon dibangun"\n');
    const en = await pilar(['categorize', '--lang', 'en'], '🔥🔥🔥');
    expect(en.stdout).toBe('Category: other · no evidence words (nothing to answer)\n');
  });

  test("a team config's category words count; an unusable config or option is a usage error", async () => {
    const config = join(dir, 'team.json');
    writeFileSync(config, JSON.stringify({ responses: { categories: { words: { aduan: ['sipadu error'] } } } }));
    const run = await pilar(['categorize', '--config', config], 'Aplikasi SIPADU error lagi');
    expect(run.stdout).toMatch(/^Kategori: aduan · bukti: "sipadu error"/);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ responses: { retentionDays: 1 } }));
    const refused = await pilar(['categorize', '--config', bad], 'x');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\$\.responses\.retentionDays/);
    expect((await pilar(['categorize', '--lang', 'fr'], 'x')).code).toBe(2);
    expect((await pilar(['categorize', '--verbose'], 'x')).stderr).toMatch(/unknown option "--verbose"/);
  });
});
