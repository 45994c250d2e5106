import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/config/defaults';
import { jsonPath, parseConfig } from '../../../src/config/parse';

const SEED = Number(process.env.FC_SEED ?? 20260515);
console.info(`config properties: fast-check seed ${SEED} (set FC_SEED to replay another)`);

const pattern = (over: Record<string, unknown> = {}) => ({
  id: 'nomor-surat',
  pattern: 'B-\\d+/SJ/\\d{4}',
  category: 'classified',
  severity: 'warn',
  message: { id: 'Nomor surat internal.', en: 'Internal letter number.' },
  ...over,
});

function problemsOf(json: unknown) {
  const result = parseConfig(json);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.problems;
}

describe('parseConfig', () => {
  test('an empty document is a valid config with every default filled in', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.config.thresholds.pillarCovered).toBe(0.5);
      expect(result.config.terms.classified.block).toEqual([]);
    }
  });

  test('a team config with rules, terms and a pattern is accepted as written', () => {
    const result = parseConfig({
      rules: { 'pillar.principle.consensus': { enabled: false }, 'classified.custom-term': { severity: 'warn' } },
      terms: { classified: { block: ['Operasi Garuda Senja'], allow: ['Rahasia Dapur Nusantara'] } },
      patterns: [pattern()],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.patterns[0]?.caseInsensitive).toBe(true);
  });

  test('a misspelt rule id is rejected with its path and the id it probably meant', () => {
    const problems = problemsOf({ rules: { 'pillar.principle.transparansi': { enabled: false } } });
    expect(problems).toEqual([
      { path: '$.rules["pillar.principle.transparansi"]', message: expect.objectContaining({ en: expect.stringContaining('unknown rule id') }) },
    ]);
    expect(problems[0]?.message.en).toContain('pillar.principle.transparency');
    expect(problems[0]?.message.id).toContain('pillar.principle.transparency');
  });

  test('a rule id that is not a dotted lower-case name is reported at its key', () => {
    expect(problemsOf({ rules: { 'Tone Abusive': {} } })).toEqual([{ path: '$.rules["Tone Abusive"]', message: expect.objectContaining({ en: expect.stringContaining('invalid key') }) }]);
  });

  test('a rule setting may name a team pattern of the same config', () => {
    expect(parseConfig({ rules: { 'custom.nomor-surat': { severity: 'block' } }, patterns: [pattern()] }).ok).toBe(true);
    expect(problemsOf({ rules: { 'custom.nomor-surat': { severity: 'block' } } })[0]?.path).toBe('$.rules["custom.nomor-surat"]');
  });

  test.each([
    ['lookahead', '(?=rahasia)r'],
    ['backreference', '(a)\\1'],
    ['a repeat over 1000', 'x{1001}'],
    ['an unclosed class', '[abc'],
  ])('a pattern with %s is reported at its path with a reason', (_name, source) => {
    const problems = problemsOf({ patterns: [pattern(), pattern({ id: 'kedua', pattern: source })] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.patterns[1].pattern');
    expect(problems[0]?.message.en).toMatch(/RE2/);
    expect(problems[0]?.message.id).toMatch(/RE2/);
  });

  test('the RS-09 caps: pattern length and pattern count', () => {
    expect(problemsOf({ patterns: [pattern({ pattern: 'a'.repeat(513) })] })[0]?.path).toBe('$.patterns[0].pattern');
    const many = Array.from({ length: 201 }, (_, i) => pattern({ id: `p${i}` }));
    expect(problemsOf({ patterns: many })[0]?.path).toBe('$.patterns');
    expect(parseConfig({ patterns: many.slice(0, 200) }).ok).toBe(true);
  });

  test('a pattern that would compile into an oversized program is refused', () => {
    const [problem] = problemsOf({ patterns: [pattern({ pattern: '[a-z]{1,1000}[0-9]{1,1000}[a-z]{1,1000}' })] });
    expect(problem).toEqual({ path: '$.patterns[0].pattern', message: expect.objectContaining({ en: expect.stringContaining('too complex') }) });
  });

  test('two patterns with one id are reported on the second', () => {
    expect(problemsOf({ patterns: [pattern(), pattern()] })).toEqual([{ path: '$.patterns[1].id', message: expect.objectContaining({ en: expect.stringContaining('duplicate') }) }]);
  });

  test('every problem of a document is reported at once, each at its own path', () => {
    const problems = problemsOf({
      language: 'jawa',
      terms: { tone: { block: [''] } },
      thresholds: { pillarCovered: 1.5 },
      patterns: [pattern({ severity: 'fatal' }), pattern({ id: 'b', pattern: '(?!x)' })],
      extra: true,
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['$.extra', '$.language', '$.patterns[0].severity', '$.patterns[1].pattern', '$.terms.tone.block[0]', '$.thresholds.pillarCovered'].sort(),
    );
  });

  test('documents that are not objects are rejected at the root', () => {
    for (const json of [null, 'config', 42, [], undefined]) expect(problemsOf(json)[0]?.path).toBe('$');
  });

  fcTest.prop([fc.jsonValue()], { numRuns: 300, seed: SEED })('never throws on any JSON value', (json) => {
    const result = parseConfig(json);
    expect(result.ok ? result.config : result.problems.length).toBeTruthy();
  });

  fcTest.prop([fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withNullPrototype: true })], {
    numRuns: 300,
    seed: SEED,
  })('never throws on any value at all', (value) => {
    expect(() => parseConfig(value)).not.toThrow();
  });

  fcTest.prop([fc.string({ maxLength: 600 })], { numRuns: 300, seed: SEED })('any pattern string is accepted or reported at its path, never thrown', (source) => {
    const result = parseConfig({ patterns: [pattern({ pattern: source })] });
    if (!result.ok) expect(result.problems.every((p) => p.path.startsWith('$.patterns[0].pattern'))).toBe(true);
  });
});

describe('jsonPath', () => {
  test('indices in brackets, identifiers after dots, other keys quoted', () => {
    expect(jsonPath(['patterns', 2, 'pattern'])).toBe('$.patterns[2].pattern');
    expect(jsonPath(['rules', 'tone.abusive', 'severity'])).toBe('$.rules["tone.abusive"].severity');
    expect(jsonPath([])).toBe('$');
  });
});

describe('DEFAULT_CONFIG', () => {
  test('is exactly what the schema makes of an empty document', () => {
    const result = parseConfig({});
    expect(result.ok && result.config).toEqual(DEFAULT_CONFIG);
  });
});
