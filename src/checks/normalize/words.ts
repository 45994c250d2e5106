import { toOriginal, type NormalizedText } from './index';
import { leetView } from './leet';
import { canonicalWord } from './slang';

export interface Word {
  /** The folded word with leetspeak read as letters ("g4k" → "gak"). */
  text: string;
  /** `text` with chat spellings folded to standard Indonesian ("gak" → "tidak"). */
  canonical: string;
  /** UTF-16 span in the original draft. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const cache = new WeakMap<NormalizedText, Word[]>();

/** The draft's words in order, for word-level rules (tone lexicons, slang). */
export function words(norm: NormalizedText): Word[] {
  const known = cache.get(norm);
  if (known) return known;
  const view = leetView(norm);
  const out: Word[] = [];
  for (const match of view.matchAll(WORD)) {
    const [start, end] = toOriginal(norm, match.index, match.index + match[0].length);
    out.push({ text: match[0], canonical: canonicalWord(match[0]), start, end });
  }
  cache.set(norm, out);
  return out;
}
