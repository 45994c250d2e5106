import type { Category } from '../model';

/**
 * One kind of evidence for a category: phrases over the folded, chat-spelling-normalised words of
 * a message ("gak" reads as "tidak"), or a pattern over them. `*` in a phrase stands for the rest of
 * a word ("kebanjir*"). Every cue counts once per message, with its weight.
 */
export interface Cue {
  id: string;
  weight: number;
  phrases?: readonly string[];
  /** Built-in patterns only (a team's words become phrases). Flags `u` and `g` are added. */
  pattern?: RegExp;
  /** Whether the cue looks at the message with its punctuation kept (for "?"). */
  raw?: boolean;
}

/** A category's rules: metadata beside the cues that decide it. */
export interface CategoryRules {
  category: Category;
  description: string;
  cues: readonly Cue[];
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern over space-separated words, whole words only. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) =>
    phrase
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((word) => escape(word).replace(/\*/g, '[\\p{L}\\p{N}]*'))
      .join(' '),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
