import type { Word } from '../normalize';

/** Indonesian clitics a listed word may carry and still count ("bangsatnya", "tololmu", "maaflah"). */
const CLITICS = ['nya', 'lah', 'kah', 'mu', 'ku', 'pun'];

export interface PhraseMatch<T> {
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
  value: T;
}

/**
 * Word-sequence lookup over `words(norm)`: phrases are indexed by their first word, so a scan is
 * one map lookup per word plus the few phrases that start there. Matching is on whole words, so
 * "tai" never matches inside "pantai".
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>, private readonly clitics = false) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      // Longest phrase first, so "mohon maaf" wins over "maaf".
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0]!, list);
    }
  }

  /** The phrase starting at word `i`, if any. */
  at(words: readonly Word[], i: number): PhraseMatch<T> | undefined {
    const candidates = this.byFirst.get(words[i]!.text) ?? (this.clitics ? this.byFirst.get(stripClitic(words[i]!.text)) : undefined);
    if (!candidates) return undefined;
    for (const { words: phrase, value } of candidates) {
      if (i + phrase.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < phrase.length && ok; k++) {
        const word = words[i + k]!.text;
        ok = word === phrase[k] || (this.clitics && k === phrase.length - 1 && stripClitic(word) === phrase[k]);
      }
      if (ok) return { from: i, to: i + phrase.length, value };
    }
    return undefined;
  }

  /** Every non-overlapping match, left to right. */
  all(words: readonly Word[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const match = this.at(words, i);
      if (match) {
        out.push(match);
        i = match.to;
      } else i++;
    }
    return out;
  }
}

export function stripClitic(word: string): string {
  for (const clitic of CLITICS) if (word.length > clitic.length + 2 && word.endsWith(clitic)) return word.slice(0, -clitic.length);
  return word;
}
