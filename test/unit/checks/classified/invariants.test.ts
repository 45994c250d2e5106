import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { check } from '../../../../src/checks';

const NIK = '3171011205900001';
const disguises = [
  (s: string) => s,
  (s: string) => s.replace(/(\d{4})(?=\d)/g, '$1 '),
  (s: string) => s.replace(/(\d{4})(?=\d)/g, '$1.'),
  (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  (s: string) => s.split('').join('\u200b'),
];
const filler = fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop,.!?\n😀ﰀ'.split('')), maxLength: 60 }).map((s) => s.replace(/^\S/, ' $&').replace(/\S$/, '$& '));

test.prop([filler, fc.integer({ min: 0, max: disguises.length - 1 }), filler], { numRuns: 200, seed: 3 })(
  'a disguised NIK anywhere in a draft is blocked on exactly its own characters',
  (before, which, after) => {
    const written = disguises[which]!(NIK);
    const draft = `${before} ${written} ${after}`;
    const niks = check(draft).findings.filter((f) => f.rule === 'classified.nik');
    expect(niks.map((f) => draft.slice(f.start, f.end))).toEqual([written]);
    expect(niks[0]!.severity).toBe('block');
  },
);

test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 300, seed: 5 })('never throws and keeps every classified finding inside the draft', (draft) => {
  for (const f of check(draft).findings.filter((x) => x.category === 'classified')) {
    expect(0 <= f.start && f.start < f.end && f.end <= draft.length).toBe(true);
  }
});
