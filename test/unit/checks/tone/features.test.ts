import { describe, expect, it } from 'vitest';
import { featureBuckets } from '../../../../src/checks/tone/features';

const MASK = (1 << 16) - 1;
const bag = (text: string) => [...featureBuckets(text, 0, text.length, MASK)].sort((a, b) => a - b);

describe('tone features', () => {
  it('reads tokenised text and a raw draft alike', () => {
    expect(bag('pelayanannya cepat , terima kasih !')).toEqual(bag('pelayanannya cepat, terima kasih!'));
  });

  it('marks the word after a negation, up to the end of the clause', () => {
    const negated = bag('makanannya tidak bagus');
    const broken = bag('makanannya tidak, bagus');
    // The same words and pairs either way: only the negated "bagus" and the comma differ.
    expect(negated.filter((b) => !broken.includes(b))).toHaveLength(1);
    expect(broken.filter((b) => !negated.includes(b))).toHaveLength(1);
    expect(bag('makanannya bagus').filter((b) => !negated.includes(b))).toHaveLength(1); // the pair "makanannya bagus"
  });

  it('tells a text that ends on punctuation from one that does not', () => {
    const ended = bag('jadwal layanan hari ini.');
    const bare = bag('jadwal layanan hari ini');
    expect(ended.filter((b) => !bare.includes(b)).length).toBe(2);
    expect(bare.filter((b) => !ended.includes(b)).length).toBe(1);
  });

  it('gives empty text no features and bare punctuation its marks and ending', () => {
    expect(featureBuckets('', 0, 0, MASK)).toHaveLength(0);
    expect(featureBuckets('   ...', 0, 6, MASK)).toHaveLength(4);
  });
});
