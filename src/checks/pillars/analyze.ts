import type { NormalizedText } from '../normalize';
import { PILLARS, PRINCIPLES, type Coverage, type Evidence, type PillarReport, type Principle } from '../types';
import { LEXICON, type Target } from './lexicon';
import { stanceCues } from './stance';

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
  /** Prefix cues (`kemendikbud*`) under their first four letters. */
  prefixes: Map<string, { prefix: string; cue: Cue }[]>;
  numeric: Cue[];
}

/** Every prefix opener has at least this many letters. */
const PREFIX_KEY = 4;

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

  // Lower-case once; if that changes the length (a rare "İ"), lower-case word by word instead.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  for (let at = 0; at < text.length; ) {
    if (!isWordUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let digitsOnly = true;
    for (; at < text.length && isWordUnit(text.charCodeAt(at)); at++) digitsOnly &&= isDigit(text.charCodeAt(at));
    const tokenEnd = at;
    // "250" in "1.250.000" continues a number already read from its first digits: reading it
    // again from every group would make a long run of figures quadratic.
    const numberStart = digitsOnly && !(start >= 2 && /[.,]/.test(text[start - 1]!) && isDigit(text.charCodeAt(start - 2)));
    const cues = candidates(index, aligned ? lower.slice(start, tokenEnd) : text.slice(start, tokenEnd).toLowerCase(), numberStart);
    if (cues.length === 0) continue;
    const word = text.slice(start, tokenEnd);
    // Per word, only the strongest cue for each target counts: "Law No. 14" is one citation.
    const best = new Map<Target, { cue: Cue; end: number }>();
    for (const cue of cues) {
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

  // What the post does (who acts, who is addressed) counts beside the words it uses.
  for (const cue of stanceCues(text)) {
    let kinds = found.get(cue.target);
    if (!kinds) found.set(cue.target, (kinds = new Map()));
    const kept = kinds.get(cue.kind);
    if (!kept || cue.weight > kept.weight) kinds.set(cue.kind, { weight: cue.weight, evidence: cue.evidence });
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

function candidates(index: CueIndex, key: string, numberStart: boolean): Cue[] {
  const exact = index.exact.get(key);
  const prefixed = key.length >= PREFIX_KEY ? index.prefixes.get(key.slice(0, PREFIX_KEY)) : undefined;
  if (!prefixed && !numberStart) return exact ?? [];
  const cues = [...(exact ?? []), ...(numberStart ? index.numeric : [])];
  for (const { prefix, cue } of prefixed ?? []) if (key.startsWith(prefix)) cues.push(cue);
  return cues;
}

/** Letters and digits, as UTF-16 units: ASCII fast, the rest by Unicode category (astral ones, emoji, split words). */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = nonAsciiWord.get(code);
  if (known === undefined) nonAsciiWord.set(code, (known = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code))));
  return known;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const nonAsciiWord = new Map<number, boolean>();

function cueIndex(language: 'id' | 'en'): CueIndex {
  let index = indexes.get(language);
  if (index) return index;
  index = { exact: new Map(), prefixes: new Map(), numeric: [] };
  for (const [to, kind, weight, rowLanguage, open, rest] of LEXICON) {
    if (rowLanguage !== '*' && rowLanguage !== language) continue;
    // A capitalised opener (PT, CV) wants what follows in capitals too, so it is matched case-sensitively.
    const compile = (flags: string) => (rest === undefined ? null : new RegExp(`(?:${rest})(?![\\p{L}\\p{N}])`, flags));
    const anyCase = compile('iuy');
    for (const opener of open.split(' ')) {
      const exactCase = opener !== opener.toLowerCase() ? opener : null;
      const cue: Cue = { targets: typeof to === 'string' ? [to] : to, kind, weight, rest: exactCase ? compile('uy') : anyCase, exactCase };
      if (opener === '#num') index.numeric.push(cue);
      else if (opener.endsWith('*')) push(index.prefixes, opener.slice(0, PREFIX_KEY), { prefix: opener.slice(0, -1), cue });
      else push(index.exact, opener.toLowerCase(), cue);
    }
  }
  indexes.set(language, index);
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
