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

/** Maps a folded span `[start, end)` back to the original text. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  const from = norm.offsets[start] ?? norm.original.length;
  const to = end > start ? (norm.offsets[end] ?? norm.original.length) : from;
  return [from, Math.max(from, to)];
}

export { normalize } from './fold';
export { leetView } from './leet';
export { spacedRuns } from './spacing';
export { canonicalWord } from './slang';
export { words, type Word } from './words';
