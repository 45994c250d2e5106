import { toOriginal, type NormalizedText, type Word } from '../../normalize';

/** The original span covering words `[from, to)`. */
export function wordSpan(list: readonly Word[], from: number, to: number): { start: number; end: number } {
  return { start: list[from]!.start, end: list[to - 1]!.end };
}

/** `replacement` with the first letter upper-cased when the replaced text starts with a capital. */
export function matchCase(replacement: string, replaced: string): string {
  const first = replaced.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const SENTENCE_END = /[.!?\n]+/g;

/** Sentences of the draft as folded-text spans, trimmed of surrounding spaces; empty ones dropped. */
export function sentences(norm: NormalizedText): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(norm.text[from]!)) from++;
    while (to > from && /\s/.test(norm.text[to - 1]!)) to--;
    if (to > from) out.push({ start: from, end: to });
  };
  for (const match of norm.text.matchAll(SENTENCE_END)) {
    push(start, match.index + match[0].length);
    start = match.index + match[0].length;
  }
  push(start, norm.text.length);
  return out;
}

/** A folded span mapped to the original, as a hit's `start`/`end`. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const [from, to] = toOriginal(norm, start, end);
  return { start: from, end: to };
}
