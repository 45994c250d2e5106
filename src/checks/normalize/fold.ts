import type { NormalizedText } from './index';

/**
 * First folding step: per code point lower-casing with an offset map. The full pipeline (NFKC,
 * invisible characters, confusables, leetspeak, letter spacing, slang) builds on this shape.
 */
export function normalize(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const folded = String.fromCodePoint(code).toLowerCase();
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += width;
  }
  offsets.push(original.length);
  return { original, text, offsets };
}
