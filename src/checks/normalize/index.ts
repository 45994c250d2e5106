/**
 * The draft as the rules see it: folded for matching, with a map back to the original text so
 * that every finding points at the admin's own characters.
 */
export interface NormalizedText {
  original: string;
  /** The folded text rules match against. */
  text: string;
  /**
   * `offsets[i]` is the original UTF-16 index where folded character `i` starts; one extra entry
   * at the end holds `original.length`.
   */
  offsets: number[];
}

/**
 * Maps a folded span `[start, end)` back to the original text. A span that ends inside the
 * expansion of one original character (an emoji's two halves, "ﰀ" → "ئج") is widened to the whole
 * character, so a surrogate pair is never split.
 */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  const { offsets } = norm;
  const from = offsets[start] ?? norm.original.length;
  if (end <= start) return [from, from];
  let after = end;
  while (after < offsets.length - 1 && offsets[after] === offsets[after - 1]) after++;
  const to = offsets[after] ?? norm.original.length;
  return [from, Math.max(from, to)];
}

export { normalize } from './fold';
export { leetView } from './leet';
export { spacedRuns } from './spacing';
export { canonicalWord } from './slang';
export { words, type Word } from './words';
