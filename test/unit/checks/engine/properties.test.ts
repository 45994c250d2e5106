import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { check, RULES, type Finding } from '../../../../src/checks';
import { createContext } from '../../../../src/checks/engine';
import { TERM_RULES } from '../../../../src/checks/rules/custom';
import { normalize } from '../../../../src/checks/normalize';
import { parseConfig } from '../../../../src/config/parse';

/** Invariants of §6 of the reliability research, over every rule of every category at once. */

const SEED = Number(process.env.FC_SEED ?? 20260516);
console.info(`engine properties: fast-check seed ${SEED} (set FC_SEED to replay another)`);

const teamConfig = (() => {
  const result = parseConfig({
    terms: { classified: { block: ['Operasi Garuda Senja'], allow: [] }, tone: { block: ['kampret'], allow: [] } },
    patterns: [
      {
        id: 'nomor-memo',
        pattern: 'ND-\\d{3}/[A-Z]+/\\d{4}',
        category: 'classified',
        severity: 'block',
        message: { id: 'Nomor nota dinas internal.', en: 'Internal memo number.' },
      },
    ],
  });
  if (!result.ok) throw new Error('the test config must be valid');
  return result.config;
})();

// Any UTF-16 string, lone surrogates included; mostly short, sometimes up to 20k.
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 2_000, maxLength: 20_000 }) },
);

// Draft-like text: Indonesian words, figures, punctuation, emoji and invisible characters.
const piece = fc.constantFrom(
  'Pemerintah', 'warga', 'UMKM', 'RAHASIA', 'NIK', '3201234567890123', 'Rp 2,5 miliar', 'UU No. 14', 'lansia',
  'sampaikan masukan', 'hubungi 112', 'anjing', 'wkwk', '😂', '🙏🏽', '\u200b', '\u0301', 'İ', 'ß', 'ﬁ', 'Ａ', 'ОРЕRASI',
  '@humas_kota', '#InfoPublik', 'https://ppid.kota.go.id', '08.00–16.00', ' ', '\n', '.', ',', '!', '?',
);
const draft = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
const textOrDraft = fc.oneof(anyText, draft);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** An offset splits a pair when it falls between a high and a low surrogate. */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** Document-level hints (a missing pillar or principle) sit at the end of the draft with no span. */
const isDocumentHint = (f: Finding, text: string) => f.category === 'pillar' && f.start === text.length && f.end === text.length;

function assertSpans(text: string, findings: Finding[]) {
  for (const f of findings) {
    const where = `${f.rule} [${f.start}, ${f.end}) of ${text.length}`;
    if (!isDocumentHint(f, text)) {
      expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
      expect(0 <= f.start && f.start < f.end && f.end <= text.length, where).toBe(true);
    }
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${where} splits a surrogate pair`).toBe(false);
  }
}

describe('check() over arbitrary input', () => {
  fcTest.prop([textOrDraft], { numRuns: 150, seed: SEED })('never throws and every span lies inside the draft, whole code points only', (text) => {
    assertSpans(text, check(text).findings);
    assertSpans(text, check(text, teamConfig).findings);
  });

  // The engine skips a rule that throws so the others still report; this catches the rule itself.
  fcTest.prop([textOrDraft], { numRuns: 100, seed: SEED })('no rule throws', (text) => {
    const context = createContext(text, teamConfig);
    for (const rule of [...RULES, ...TERM_RULES]) expect(() => rule.check(context), rule.id).not.toThrow();
  });

  fcTest.prop([textOrDraft], { numRuns: 100, seed: SEED })('the same draft gives the same report', (text) => {
    expect(check(text, teamConfig)).toEqual(check(text, teamConfig));
  });

  fcTest.prop([textOrDraft], { numRuns: 200, seed: SEED })('normalisation is idempotent', (text) => {
    const once = normalize(text).text;
    expect(normalize(once).text).toBe(once);
  });

  fcTest.prop([textOrDraft], { numRuns: 200, seed: SEED })('the folded text maps back into the original', (text) => {
    const norm = normalize(text);
    expect(norm.offsets).toHaveLength(norm.text.length + 1);
    expect(norm.offsets.at(-1)).toBe(text.length);
    expect(norm.offsets.every((o, i) => o >= 0 && o <= text.length && (i === 0 || o >= norm.offsets[i - 1]!))).toBe(true);
  });
});

describe('appending unrelated text keeps a finding', () => {
  // Sensitive snippets a finding must not lose when the admin keeps typing after them.
  const sensitive = fc.constantFrom(
    'Operasi Garuda Senja',
    'rujukan ND-042/BPBD/2026',
    'dasar kampret',
    'SANGAT RAHASIA',
    'NIK 3201234567890123',
    'No. KK 3273012345678901',
  );
  const words = fc.array(fc.constantFrom('Warga', 'diimbau', 'menjaga', 'kebersihan', 'lingkungan', 'jadwal', 'posyandu', 'Senin', 'pagi', '🙏'), { maxLength: 30 });
  const sentence = words.map((w) => w.join(' '));

  fcTest.prop([sentence, sensitive, sentence, sentence], { numRuns: 150, seed: SEED })(
    'every classified and team finding survives more text after the draft',
    (before, secret, after, appended) => {
      const text = `${before} ${secret} ${after}`;
      const extended = `${text}\n\n${appended}`;
      const kept = check(extended, teamConfig).findings;
      for (const f of check(text, teamConfig).findings) {
        if (f.category !== 'classified' && !f.rule.startsWith('custom.') && !f.rule.endsWith('.custom-term')) continue;
        expect(
          kept.some((k) => k.rule === f.rule && k.start === f.start && k.end === f.end),
          `${f.rule} on “${text.slice(f.start, f.end)}” lost after appending`,
        ).toBe(true);
      }
    },
  );
});

describe('a team term is found wherever it is put', () => {
  const casing = fc.array(fc.boolean(), { minLength: 20, maxLength: 20 });
  const filler = fc.array(fc.constantFrom('Warga', 'diimbau', 'hadir', '🙏', '—', 'Senin', '(info)', '\n'), { maxLength: 20 }).map((w) => w.join(' '));

  fcTest.prop([filler, casing, filler], { numRuns: 150, seed: SEED })('in any letter case, between any words, with its exact span', (before, upper, after) => {
    const term = [...'Operasi Garuda Senja'].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
    const text = `${before} ${term}, ${after}`;
    const start = before.length + 1;
    const finding = check(text, teamConfig).findings.find((f) => f.rule === 'classified.custom-term');
    expect(finding && [finding.start, finding.end]).toEqual([start, start + term.length]);
  });
});
