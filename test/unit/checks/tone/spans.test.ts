import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { check } from '../../../../src/checks';

// Drafts built from the pieces tone rules react to, so the property exercises their code paths.
const piece = fc.constantFrom(
  'anj1ng', 'a n j i n g', 'bangs*t', 'BANJIR', 'wkwk', '😂', '🤣', 'Orang', 'Cina', 'itu', 'penipu', 'HARAP', 'SEGERA', 'KTP',
  '!!!', '???', 'dalam rangka', 'VIRAL!!', 'kecewa', 'Terima kasih', 'korban', ' ', '\n', '. ', 'é', '\u{1F600}',
);
const draft = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.array(piece, { maxLength: 30 }).map((p) => p.join(' ')));

const isLowSurrogate = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
};

describe('tone spans', () => {
  test.prop([draft])('point inside the draft, never between the halves of an emoji', (text) => {
    const report = check(text);
    for (const f of report.findings.filter((f) => f.category === 'tone')) {
      expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
      expect(isLowSurrogate(text, f.start) || (f.end < text.length && isLowSurrogate(text, f.end))).toBe(false);
    }
    for (const e of [...report.tone.warmth.evidence, ...report.tone.humour.evidence]) expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const s of [report.tone.sentiment.score, report.tone.formality.score, report.tone.warmth.score, report.tone.humour.score]) {
      expect(s >= 0 && s <= 1).toBe(true);
    }
  });
});
