import { describe, expect, test } from 'vitest';
import { check } from '../../../src/checks';
import { savedReplyProblems } from '../../../src/config/check-replies';
import { DEFAULT_CONFIG } from '../../../src/config/defaults';
import { migrate } from '../../../src/config/migrate';
import { parseConfig } from '../../../src/config/parse';
import { SCHEMA_VERSION } from '../../../src/config/schema';

function problemsOf(json: unknown) {
  const result = parseConfig(json);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.problems;
}

/** A complete version 1 document, as teams wrote them before saved replies existed. */
const V1 = {
  schemaVersion: 1,
  language: 'id',
  rules: { 'tone.negative': { severity: 'info' } },
  terms: { classified: { block: ['Operasi Garuda Senja'], allow: [] }, tone: { block: [], allow: ['kampret'] } },
  patterns: [{ id: 'nomor-surat', pattern: 'B-\\d+/SJ/\\d{4}', category: 'classified', severity: 'block', message: { id: 'Nomor surat.', en: 'Letter number.' } }],
  thresholds: { pillarCovered: 0.4 },
};

describe('schema version 2 and migrations', () => {
  test('a version 1 document keeps every setting and gains the version 2 defaults', () => {
    const result = parseConfig(V1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.config.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.config.terms.classified.block).toEqual(['Operasi Garuda Senja']);
    expect(result.config.terms.tone.allow).toEqual(['kampret']);
    expect(result.config.rules).toEqual(V1.rules);
    expect(result.config.patterns[0]?.pattern).toBe(V1.patterns[0]!.pattern);
    expect(result.config.thresholds.pillarCovered).toBe(0.4);
    expect(result.config.guard).toEqual({ failClosed: false });
    expect(result.config.templates).toEqual(DEFAULT_CONFIG.templates);
  });

  test('a document without a version is read as version 1; the input object is not changed', () => {
    const document = { language: 'en' };
    const migrated = migrate(document);
    expect(migrated).toEqual({ ok: true, document: { language: 'en', schemaVersion: 2 }, from: 1 });
    expect(document).toEqual({ language: 'en' });
  });

  test('migrating a current document changes nothing', () => {
    const current = { schemaVersion: 2, guard: { failClosed: true } };
    expect(migrate(current)).toEqual({ ok: true, document: current, from: 2 });
  });

  test('a document for a newer Pilar is refused in both languages, not guessed at', () => {
    const [problem] = problemsOf({ schemaVersion: 3 });
    expect(problem?.path).toBe('$.schemaVersion');
    expect(problem?.message.en).toContain('update Pilar');
    expect(problem?.message.id).toContain('perbarui Pilar');
  });

  test('a version that is not a whole number is a schema problem at its path', () => {
    expect(problemsOf({ schemaVersion: 'dua' })[0]?.path).toBe('$.schemaVersion');
  });
});

describe('problem messages', () => {
  test('every problem has an Indonesian and an English text, and they differ', () => {
    const problems = problemsOf({
      language: 'jawa',
      thresholds: { pillarCovered: 2 },
      terms: { tone: { block: [''] } },
      templates: [{ id: 'Salah ID', category: 'aduan', title: 'x', text: 'Halo {nama_lengkap}' }],
      rules: { 'tone.abusif': {} },
      unknown: true,
    });
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const problem of problems) {
      expect(problem.message.id.length).toBeGreaterThan(0);
      expect(problem.message.en.length).toBeGreaterThan(0);
      expect(problem.message.id).not.toBe(problem.message.en);
    }
  });
});

describe('saved replies', () => {
  const reply = (over: Record<string, unknown> = {}) => ({ id: 'salam', category: 'pertanyaan', title: 'Salam', text: 'Halo {nama}, tiket {nomor_tiket} lewat {kanal}.', ...over });

  test('the three placeholders are accepted; platforms default to all', () => {
    const result = parseConfig({ templates: [reply()] });
    expect(result.ok && result.config.templates).toEqual([{ ...reply(), platforms: [] }]);
  });

  test('an unknown placeholder is reported at the text with the known ones named', () => {
    const [problem] = problemsOf({ templates: [reply({ text: 'Halo {nama_lengkap}' })] });
    expect(problem?.path).toBe('$.templates[0].text');
    expect(problem?.message.en).toContain('{nama}, {nomor_tiket}, {kanal}');
    expect(problem?.message.id).toContain('{nama}, {nomor_tiket}, {kanal}');
  });

  test('an unknown platform, an unknown category and a duplicate id are each reported', () => {
    const problems = problemsOf({ templates: [reply({ platforms: ['myspace'] }), reply({ id: 'kedua', category: 'keluhan' }), reply()] });
    expect(problems.map((p) => p.path).sort()).toEqual(['$.templates[0].platforms[0]', '$.templates[1].category', '$.templates[2].id'].sort());
  });

  test('the default saved replies give no blocking finding and no problem', () => {
    expect(savedReplyProblems(DEFAULT_CONFIG)).toEqual([]);
  });

  test('a saved reply that holds a post is a problem at its text, judged with its own config', () => {
    const config = parseConfig({ terms: { classified: { block: ['Operasi Garuda Senja'] } }, templates: [reply(), reply({ id: 'b', text: 'Info Operasi Garuda Senja untuk {nama}.' })] });
    if (!config.ok) throw new Error('config should parse');
    const problems = savedReplyProblems(config.config);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.templates[1].text');
    expect(problems[0]?.message.en).toContain('"Operasi Garuda Senja"');
  });
});

describe('defaults a government team can use unchanged', () => {
  test('the guard fails open, every built-in rule is on, and templates cover every category', () => {
    expect(DEFAULT_CONFIG.guard.failClosed).toBe(false);
    expect(DEFAULT_CONFIG.rules).toEqual({});
    expect(new Set(DEFAULT_CONFIG.templates.map((t) => t.category))).toEqual(new Set(['aduan', 'pertanyaan', 'aspirasi', 'apresiasi', 'lainnya']));
  });

  test('with the defaults a NIK is held and a courteous reply is not', () => {
    expect(check('NIK 3171014508900003', DEFAULT_CONFIG).findings.some((f) => f.severity === 'block')).toBe(true);
    expect(check(DEFAULT_CONFIG.templates[0]!.text, DEFAULT_CONFIG).findings.some((f) => f.severity === 'block')).toBe(false);
  });
});
