import { describe, expect, test } from 'vitest';
import { check } from '../../../../src/checks';
import { compileCustom } from '../../../../src/checks/rules/custom';
import { parseConfig } from '../../../../src/config/parse';
import type { RuleConfigInput } from '../../../../src/config/schema';

function config(input: RuleConfigInput) {
  const result = parseConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const memoPattern = {
  id: 'nomor-memo',
  pattern: 'ND-\\d{3}/[A-Z]+/\\d{4}',
  caseInsensitive: false,
  category: 'classified',
  severity: 'block',
  message: { id: 'Nomor nota dinas internal jangan diunggah.', en: 'Do not post internal memo numbers.' },
} as const;

const spans = (text: string, rules: string, cfg: ReturnType<typeof config>) =>
  check(text, cfg)
    .findings.filter((f) => f.rule === rules)
    .map((f) => text.slice(f.start, f.end));

describe('team patterns', () => {
  const cfg = config({ patterns: [memoPattern] });

  test('a match becomes a custom.<id> finding on the matched characters, with the team message', () => {
    const text = 'Menindaklanjuti ND-042/BPBD/2026, posko pengungsian dibuka di GOR Pajajaran.';
    const report = check(text, cfg);
    const finding = report.findings.find((f) => f.rule === 'custom.nomor-memo');
    expect(finding).toMatchObject({ category: 'classified', severity: 'block', message: memoPattern.message });
    expect(text.slice(finding!.start, finding!.end)).toBe('ND-042/BPBD/2026');
  });

  test('offsets stay right after emoji and other astral characters', () => {
    const text = '🚨📢 Info: ND-001/DISHUB/2026 berlaku mulai besok.';
    expect(spans(text, 'custom.nomor-memo', cfg)).toEqual(['ND-001/DISHUB/2026']);
  });

  test('a case-sensitive pattern ignores the same letters in lower case', () => {
    expect(spans('rujukan nd-001/dishub/2026', 'custom.nomor-memo', cfg)).toEqual([]);
  });

  test('only the first 20,000 characters are scanned for team patterns', () => {
    const filler = 'Warga diimbau menjaga kebersihan lingkungan. '.repeat(500);
    expect(spans(`${filler}ND-001/DISHUB/2026`, 'custom.nomor-memo', cfg)).toEqual([]);
    expect(spans(`ND-001/DISHUB/2026 ${filler}`, 'custom.nomor-memo', cfg)).toEqual(['ND-001/DISHUB/2026']);
  });

  test('a catastrophic-backtracking pattern runs in linear time', () => {
    const redos = config({ patterns: [{ ...memoPattern, id: 'redos', pattern: '(a+)+$' }, { ...memoPattern, id: 'redos2', pattern: '(.*a){20}' }] });
    const started = performance.now();
    check(`${'a'.repeat(19_999)}!`, redos);
    // A backtracking engine needs minutes on this input; re2js needs milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('a severity set in rules overrides the pattern, and enabled: false silences it', () => {
    const text = 'Rujukan ND-042/BPBD/2026.';
    const warned = config({ patterns: [memoPattern], rules: { 'custom.nomor-memo': { severity: 'warn' } } });
    expect(check(text, warned).findings.find((f) => f.rule === 'custom.nomor-memo')?.severity).toBe('warn');
    const off = config({ patterns: [memoPattern], rules: { 'custom.nomor-memo': { enabled: false } } });
    expect(spans(text, 'custom.nomor-memo', off)).toEqual([]);
  });

  test('a config is compiled once, however many drafts it checks', () => {
    expect(compileCustom(cfg)).toBe(compileCustom(cfg));
    expect(compileCustom(cfg).patternRules.map((r) => r.id)).toEqual(['custom.nomor-memo']);
  });
});

describe('team block terms', () => {
  const cfg = config({ terms: { classified: { block: ['Operasi Garuda Senja'], allow: [] }, tone: { block: ['wkwk'], allow: [] } } });

  test('a listed term is flagged whatever its case, as <category>.custom-term', () => {
    const text = 'Persiapan OPERASI GARUDA SENJA di pelabuhan sudah rampung.';
    const finding = check(text, cfg).findings.find((f) => f.rule === 'classified.custom-term');
    expect(finding).toMatchObject({ category: 'classified', severity: 'block' });
    expect(text.slice(finding!.start, finding!.end)).toBe('OPERASI GARUDA SENJA');
    expect(finding!.message.id).toContain('OPERASI GARUDA SENJA');
  });

  test('only whole words match: a term inside a longer word is not flagged', () => {
    expect(spans('Haha wkwkwk, lucu sekali.', 'tone.custom-term', cfg)).toEqual([]);
    expect(spans('Haha wkwk, lucu sekali.', 'tone.custom-term', cfg)).toEqual(['wkwk']);
  });

  test('each occurrence is reported', () => {
    expect(spans('wkwk... wkwk', 'tone.custom-term', cfg)).toEqual(['wkwk', 'wkwk']);
  });
});

describe('team allow terms', () => {
  test('an allowed term silences findings of its category whose span contains it', () => {
    const text = 'Dukung UMKM lokal: Rahasia Dapur Nusantara buka stan di alun-alun.';
    const blocking = config({ terms: { classified: { block: ['rahasia dapur nusantara'], allow: [] } } });
    expect(spans(text, 'classified.custom-term', blocking)).toHaveLength(1);
    const allowed = config({ terms: { classified: { block: ['rahasia dapur nusantara'], allow: ['Dapur Nusantara'] } } });
    expect(spans(text, 'classified.custom-term', allowed)).toEqual([]);
  });

  test('an allowed term of another category does not silence the finding', () => {
    const text = 'Dukung UMKM lokal: Rahasia Dapur Nusantara buka stan di alun-alun.';
    const otherCategory = config({ terms: { classified: { block: ['rahasia dapur nusantara'], allow: [] }, tone: { block: [], allow: ['rahasia dapur nusantara'] } } });
    expect(spans(text, 'classified.custom-term', otherCategory)).toHaveLength(1);
  });
});
