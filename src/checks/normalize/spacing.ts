import type { NormalizedText } from './index';
import { leetView } from './leet';

const LEET_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const GAP = new Set([' ', '.', '-', '_', '*', '·', '•', '/', '|', '+', '~', '\t']);
/** A gap of up to three separators also spans the break between spaced words ("S A N G A T   R A H A S I A"). */
const MAX_GAP = 3;
const MIN_LETTERS = 4;
/** Where a run may start: a lone letter or digit right before a gap (native search, then the loop). */
const CANDIDATE = /(?<![a-z0-9])[a-z0-9](?=[ .\-_*·•/|+~\t])/g;

function letterAt(view: string, i: number): string | undefined {
  const char = view[i];
  if (char === undefined) return undefined;
  if (char >= 'a' && char <= 'z') return char;
  return LEET_LETTER[char];
}

function isWordChar(view: string, i: number): boolean {
  const char = view[i];
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));
}

/**
 * Letter-spaced words ("R A H A S I A", "r.a.h.a.s.i.a", "r-4-h-4-s-1-a") joined into one
 * `NormalizedText` each: `text` holds the letters only and `offsets` point at each letter in the
 * original, so a rule can match its terms on it and map hits back with `toOriginal`. Only runs of
 * single letters count (RS-12), so "ke arah Asia" is never read as "rahasia". One pass, linear.
 */
export function spacedRuns(norm: NormalizedText): NormalizedText[] {
  const view = leetView(norm);
  const runs: NormalizedText[] = [];
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.exec(view)) {
    const i = CANDIDATE.lastIndex - 1;
    if (letterAt(view, i) === undefined) continue;
    let letters = '';
    const offsets: number[] = [];
    let end = i;
    let at = i;
    for (;;) {
      letters += letterAt(view, at)!;
      offsets.push(norm.offsets[at]!);
      end = at + 1;
      let next = end;
      while (next < view.length && next - end < MAX_GAP && GAP.has(view[next]!)) next++;
      const gapOk = next > end && next - end <= MAX_GAP;
      if (!gapOk || letterAt(view, next) === undefined || isWordChar(view, next + 1)) break;
      at = next;
    }
    if (letters.length >= MIN_LETTERS) {
      offsets.push(norm.offsets[end]!);
      runs.push({ original: norm.original, text: letters, offsets });
    }
    CANDIDATE.lastIndex = end;
  }
  return runs;
}
