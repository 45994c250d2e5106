import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../../../src/checks/normalize';

/** The original characters behind the folded span where `needle` first occurs. */
function originalOf(draft: string, needle: string): string {
  const norm = normalize(draft);
  const at = norm.text.indexOf(needle);
  expect(at, `"${needle}" in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginal(norm, at, at + needle.length);
  return draft.slice(start, end);
}

describe('normalize', () => {
  it('folds case, full-width forms, look-alike letters and invisible characters', () => {
    expect(normalize('RAHASIA').text).toBe('rahasia');
    expect(normalize('ＲＡＨＡＳＩＡ ３１７１').text).toBe('rahasia 3171');
    expect(normalize('rаhаsiа').text).toBe('rahasia'); // Cyrillic а
    expect(normalize('ΤΕRΒΑΤΑS').text).toBe('terbatas'); // Greek capitals
    expect(normalize('ra\u200bha\u200dsi\u2060a\ufeff').text).toBe('rahasia');
    expect(normalize('r\u202eahasia').text).toBe('rahasia'); // bidi override
    expect(normalize('rahasiá').text).toBe('rahasia');
    expect(normalize('𝐑𝐀𝐇𝐀𝐒𝐈𝐀').text).toBe('rahasia'); // mathematical bold
  });

  it('collapses stretched letters but keeps the real double letters of Indonesian', () => {
    expect(normalize('rahaaaasia').text).toBe('rahasia');
    expect(normalize('tolooong').text).toBe('tolong');
    expect(normalize('saat taat maaf').text).toBe('saat taat maaf');
    expect(normalize('kode 000111').text).toBe('kode 000111');
    expect(normalize('NIK 3171O1120590OOO1').text).toBe('nik 3171o1120590ooo1');
  });

  it('maps every folded span back to the admin’s own characters', () => {
    expect(originalOf('Ini RAHAAAASIA ya', 'rahasia')).toBe('RAHAAAASIA');
    expect(originalOf('Ini ra\u200bhasia ya', 'rahasia')).toBe('ra\u200bhasia');
    expect(originalOf('Kode ＡＢＣ', 'abc')).toBe('ＡＢＣ');
  });

  it('keeps offsets right when NFKC changes the length (ﰀ becomes two letters)', () => {
    const draft = 'aﰀb';
    const norm = normalize(draft);
    expect(norm.text).toBe('aئجb');
    expect(norm.offsets).toEqual([0, 1, 1, 2, 3]);
    expect(toOriginal(norm, 1, 3)).toEqual([1, 2]);
    expect(toOriginal(norm, 3, 4)).toEqual([2, 3]);
  });

  it('never splits a surrogate pair', () => {
    const draft = '😀 NIK 𝟑𝟏';
    const norm = normalize(draft);
    expect(norm.text).toBe('😀 nik 31');
    const at = norm.text.indexOf('31');
    expect(draft.slice(...toOriginal(norm, at, at + 2))).toBe('𝟑𝟏');
    expect(toOriginal(norm, 0, 1)).toEqual([0, 2]);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 500, seed: 7 })('is idempotent and total', (draft) => {
    const once = normalize(draft);
    expect(normalize(once.text).text).toBe(once.text);
    expect(once.offsets).toHaveLength(once.text.length + 1);
    expect(once.offsets[once.text.length]).toBe(draft.length);
    for (let i = 1; i < once.offsets.length; i++) expect(once.offsets[i]).toBeGreaterThanOrEqual(once.offsets[i - 1]!);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 100 })], { numRuns: 300, seed: 11 })('offsets never land inside a surrogate pair', (draft) => {
    for (const offset of normalize(draft).offsets) {
      const code = draft.charCodeAt(offset);
      expect(code >= 0xdc00 && code <= 0xdfff && offset > 0 && draft.charCodeAt(offset - 1) >= 0xd800 && draft.charCodeAt(offset - 1) <= 0xdbff).toBe(false);
    }
  });
});
