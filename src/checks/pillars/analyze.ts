import type { NormalizedText } from '../normalize';
import { PILLARS, PRINCIPLES, type Coverage, type Evidence, type PillarReport, type Principle } from '../types';
import { LEXICON, type Target } from './lexicon';

/** Evidence spans kept per pillar or principle: enough to show, few enough to read. */
const MAX_EVIDENCE = 5;

interface Cue {
  targets: readonly Target[];
  kind: string;
  weight: number;
  /** What must follow the opening word (sticky, so it only matches right there). */
  rest: RegExp | null;
  /** For words that count only in capitals (PT, CV). */
  exactCase: string | null;
}

interface CueIndex {
  exact: Map<string, Cue[]>;
  prefixes: Map<string, Cue[]>;
  prefixLengths: number[];
  numeric: Cue[];
}

const indexes = new Map<'id' | 'en', CueIndex>();

/**
 * Which governance pillars and UNDP principles a draft addresses, with the words that show it.
 *
 * It reads the original text, not the folded one: these are signals an admin writes openly, and
 * many are figures ("UU No. 14", "Rp 2,5 miliar", "08.00–16.00", "2045") that the evasion folding
 * for hidden secrets would disturb. Each word of the draft is looked up once, so the cost grows
 * with the length of the draft, not with the size of the lexicon.
 */
export function analyzePillars(norm: NormalizedText, language: 'id' | 'en'): PillarReport {
  const text = norm.original;
  const index = cueIndex(language);
  const found = new Map<Target, Map<string, { weight: number; evidence: Evidence }>>();
  // Where the last match of each target ended: a word inside it ("UMKM" in "pelaku UMKM") is
  // part of the same signal, not another one.
  const coveredUntil = new Map<Target, number>();

  for (const token of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = token.index;
    const word = token[0];
    const tokenEnd = start + word.length;
    // Per word, only the strongest cue for each target counts: "Law No. 14" is one citation.
    const best = new Map<Target, { cue: Cue; end: number }>();
    for (const cue of candidates(index, word)) {
      if (cue.exactCase !== null && cue.exactCase !== word) continue;
      let end = tokenEnd;
      if (cue.rest) {
        cue.rest.lastIndex = tokenEnd;
        const match = cue.rest.exec(text);
        if (!match) continue;
        end += match[0].length;
      }
      for (const target of cue.targets) {
        const current = best.get(target);
        if (!current || cue.weight > current.cue.weight) best.set(target, { cue, end });
      }
    }
    for (const [target, { cue, end }] of best) {
      if (start < (coveredUntil.get(target) ?? 0)) continue;
      coveredUntil.set(target, end);
      let kinds = found.get(target);
      if (!kinds) found.set(target, (kinds = new Map()));
      const kept = kinds.get(cue.kind);
      if (!kept || cue.weight > kept.weight) {
        kinds.set(cue.kind, { weight: cue.weight, evidence: { start, end, text: text.slice(start, end) } });
      }
    }
  }

  const coverage = (target: Target): Coverage => score(found.get(target));
  const pillars = Object.fromEntries(PILLARS.map((pillar) => [pillar, coverage(pillar)]));
  const principles = Object.fromEntries(PRINCIPLES.map((principle) => [principle, coverage(principle)])) as Record<Principle, Coverage>;
  return { ...(pillars as Record<(typeof PILLARS)[number], Coverage>), principles };
}

/**
 * Noisy-OR over the kinds of evidence: each kind counts once at its strongest, so variety raises
 * the score, repetition does not, and the score saturates below 1.
 */
function score(kinds: Map<string, { weight: number; evidence: Evidence }> | undefined): Coverage {
  if (!kinds) return { score: 0, evidence: [] };
  let missing = 1;
  for (const { weight } of kinds.values()) missing *= 1 - weight;
  const evidence = [...kinds.values()]
    .map((kind) => kind.evidence)
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_EVIDENCE);
  return { score: Math.round((1 - missing) * 1000) / 1000, evidence };
}

function* candidates(index: CueIndex, word: string): Generator<Cue> {
  const lower = word.toLowerCase();
  yield* index.exact.get(lower) ?? [];
  for (const length of index.prefixLengths) {
    if (length > lower.length) break;
    yield* index.prefixes.get(lower.slice(0, length)) ?? [];
  }
  if (/^[0-9]+$/.test(word)) yield* index.numeric;
}

function cueIndex(language: 'id' | 'en'): CueIndex {
  let index = indexes.get(language);
  if (index) return index;
  index = { exact: new Map(), prefixes: new Map(), prefixLengths: [], numeric: [] };
  for (const [to, kind, weight, rowLanguage, open, rest] of LEXICON) {
    if (rowLanguage !== '*' && rowLanguage !== language) continue;
    // A capitalised opener (PT, CV) wants what follows in capitals too, so it is matched case-sensitively.
    const compile = (flags: string) => (rest === undefined ? null : new RegExp(`(?:${rest})(?![\\p{L}\\p{N}])`, flags));
    const anyCase = compile('iuy');
    for (const opener of open.split(' ')) {
      const exactCase = opener !== opener.toLowerCase() ? opener : null;
      const cue: Cue = { targets: typeof to === 'string' ? [to] : to, kind, weight, rest: exactCase ? compile('uy') : anyCase, exactCase };
      if (opener === '#num') index.numeric.push(cue);
      else if (opener.endsWith('*')) push(index.prefixes, opener.slice(0, -1), cue);
      else push(index.exact, opener.toLowerCase(), cue);
    }
  }
  index.prefixLengths = [...new Set([...index.prefixes.keys()].map((prefix) => prefix.length))].sort((a, b) => a - b);
  indexes.set(language, index);
  return index;
}

function push(map: Map<string, Cue[]>, key: string, cue: Cue) {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}
