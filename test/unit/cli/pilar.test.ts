import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/pilar.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pilar-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pilar(args: string[], input = '', node = process.execPath) {
  const run = spawnSync(node, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: unknown) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

// Each test starts Node at least once; under a loaded 2-core machine that takes seconds.
const SLOW = { timeout: 60_000 };

const teamConfig = file('team.json', { terms: { classified: { block: ['Operasi Garuda Senja'], allow: [] } } });

describe('pilar check --jsonl', SLOW, () => {
  test('one report per line, in order, each with the id it came with', () => {
    const lines = [
      { id: 'post-1', text: 'Pemerintah Kota Medan membuka pendaftaran beasiswa bagi pelajar.' },
      { id: 2, text: 'Persiapan Operasi Garuda Senja di dermaga 🚢 sudah rampung.' },
      { id: 'post-3', text: 'Terima kasih, Kak 🙏' },
    ];
    const run = pilar(['check', '--jsonl', '--config', teamConfig], lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((r) => r.id)).toEqual(['post-1', 2, 'post-3']);
    for (const report of out) expect(Object.keys(report)).toEqual(expect.arrayContaining(['language', 'findings', 'tone', 'pillars']));
    const secret = out[1].findings.find((f: { rule: string }) => f.rule === 'classified.custom-term');
    expect(lines[1]!.text.slice(secret.start, secret.end)).toBe('Operasi Garuda Senja');
  });

  test('a malformed line is answered with an error and the run goes on; blank lines are skipped', () => {
    const input = ['{"id":"a","text":"Halo warga"}', 'bukan json', '', '{"id":"b"}', '["text"]', '{"id":"c","text":"Selamat pagi"}', ''].join('\n');
    const run = pilar(['check', '--jsonl'], input);
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'a', findings: expect.any(Array) });
    expect(out[1]).toEqual({ error: expect.stringContaining('JSON') });
    expect(out[2]).toEqual({ id: 'b', error: expect.stringContaining('text') });
    expect(out[3]).toEqual({ error: expect.any(String) });
    expect(out[4]).toMatchObject({ id: 'c', findings: expect.any(Array) });
  });
});

describe('pilar check (readable summary)', SLOW, () => {
  const draft = 'Info kegiatan pekan ini.\nPersiapan Operasi Garuda Senja di dermaga sudah rampung.\n';

  test('in Indonesian by default: counts, the finding with line:column and its quoted span, tone and coverage', () => {
    const run = pilar(['check', '--config', teamConfig], draft);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Temuan: [1-9]\d* blokir/);
    expect(run.stdout).toContain('classified.custom-term  baris 2:11  “Operasi Garuda Senja”');
    expect(run.stdout).toContain('daftar istilah yang ditandai tim Anda');
    expect(run.stdout).toContain('Nada:');
    expect(run.stdout).toMatch(/Masyarakat\s+[█░]{10} \d\.\d\d/);
    expect(run.stdout).toMatch(/Visi strategis\s+[█░]{10}/);
  });

  test('in English with --lang en', () => {
    const run = pilar(['check', '--lang', 'en', '--config', teamConfig], draft);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Findings: [1-9]\d* block/);
    expect(run.stdout).toContain('classified.custom-term  line 2:11  “Operasi Garuda Senja”');
    expect(run.stdout).toContain("on your team's list of terms to flag");
    expect(run.stdout).toMatch(/Strategic vision\s+[█░]{10}/);
  });

  test('usage errors exit 2 with a helpful message; --help exits 0', () => {
    for (const args of [['check', '--lang', 'jv'], ['check', '--verbose'], ['frobnicate'], []]) {
      const run = pilar(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage:');
    }
    const help = pilar(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pilar config validate FILE');
  });

  test('an invalid --config stops the check with its problems (exit 2)', () => {
    const run = pilar(['check', '--config', file('bad-check.json', { rules: { 'tone.abusif': {} } })], 'Halo');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('$.rules["tone.abusif"]');
    expect(run.stdout).toBe('');
  });
});

describe('pilar config validate', SLOW, () => {
  test('a valid config prints "valid" and exits 0', () => {
    const run = pilar(['config', 'validate', teamConfig, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('valid');
  });

  test('every problem is printed with its JSON path and the exit code is 1', () => {
    const bad = file('bad.json', {
      rules: { 'tone.abusif': { enabled: false } },
      patterns: [
        { id: 'lookahead', pattern: '(?=NIK)\\d+', category: 'classified', severity: 'block', message: { id: 'x', en: 'x' } },
        { id: 'ok', pattern: 'a{1001}', category: 'classified', severity: 'loud', message: { id: 'x', en: 'x' } },
      ],
    });
    const run = pilar(['config', 'validate', bad, '--lang', 'en']);
    expect(run.code).toBe(1);
    for (const path of ['$.rules["tone.abusif"]', '$.patterns[0].pattern', '$.patterns[1].pattern', '$.patterns[1].severity']) {
      expect(run.stdout).toContain(`${path}: `);
    }
    expect(run.stdout).toContain('4 problems');
  });

  test('problems are in Indonesian unless --lang en is given', () => {
    const bad = file('bad-id.json', { language: 'jawa', extra: 1 });
    const run = pilar(['config', 'validate', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 masalah');
    expect(run.stdout).toContain('$.extra: kunci "extra" tidak dikenal');
    expect(run.stdout).toMatch(/\$\.language: .*diharapkan/i);
  });

  test('a saved reply that the guard would hold fails validation at its path', () => {
    const templates = [
      { id: 'aman', category: 'pertanyaan', title: 'Aman', text: 'Terima kasih, {nama}, silakan hubungi {kanal}.' },
      { id: 'bocor', category: 'aduan', title: 'Bocor', text: 'Data pelapor {nama}: NIK 3171014508900003.' },
    ];
    const run = pilar(['config', 'validate', file('replies.json', { templates }), '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 problem');
    expect(run.stdout).toContain('$.templates[1].text: the saved reply has a finding that holds a post (classified.nik)');
  });

  test('a missing file and broken JSON are reported as such', () => {
    const missing = pilar(['config', 'validate', join(dir, 'nope.json'), '--lang=en']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('file not found');
    const broken = pilar(['config', 'validate', file('broken.json', '{"rules": {'), '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('not valid JSON');
  });
});

// The machines' own Node is 20; `npx pilar` must work with it too, not only with the bundled Node 22.
const systemNode = '/usr/bin/node';
const systemMajor = existsSync(systemNode) ? Number(spawnSync(systemNode, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout) : 0;
test.skipIf(systemMajor === 0 || systemMajor >= 22)(`runs with the system Node (${systemMajor})`, SLOW, () => {
  const run = pilar(['check', '--jsonl'], '{"id":"n20","text":"Halo warga"}', systemNode);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).id).toBe('n20');
});
