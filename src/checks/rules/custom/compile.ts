import { RE2JS, RE2Set } from 're2js';
import { compilePattern } from '../../../config/patterns';
import type { RuleConfig } from '../../../config/schema';
import { normalize } from '../../normalize';
import type { CheckContext, Rule } from '../../rule';
import type { Category } from '../../types';
import { patternRule, scannedPart } from './patterns';

export interface CompiledCustom {
  /** One rule per valid team pattern; invalid ones are skipped (`parseConfig` reports them). */
  patternRules: Rule[];
  /** Block terms folded like the draft, indexed by their first word. */
  blockTerms: Record<Category, TermIndex>;
  /** Allow terms folded like the draft. */
  allowTerms: Record<Category, string[]>;
}

export interface TermIndex {
  byFirstWord: Map<string, string[]>;
  /** Terms that open with a sign rather than a letter (#tag, @akun), found by plain search. */
  others: string[];
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

// A config object is compiled once, however many drafts it checks.
const cache = new WeakMap<RuleConfig, CompiledCustom>();

export function compileCustom(config: RuleConfig): CompiledCustom {
  let compiled = cache.get(config);
  if (!compiled) {
    compiled = { patternRules: patternRules(config), blockTerms: termIndexes(config), allowTerms: foldLists(config, 'allow') };
    cache.set(config, compiled);
  }
  return compiled;
}

/**
 * Team patterns as rules. One pass of an RE2Set over the draft tells which patterns match at all,
 * so the (slower) search for positions runs only for those: fifty patterns cost about one.
 */
function patternRules(config: RuleConfig): Rule[] {
  const valid = config.patterns.flatMap((pattern) => {
    const result = compilePattern(pattern.pattern, pattern.caseInsensitive);
    return result.ok ? [{ pattern, re: result.re }] : [];
  });
  const sets = prefilter(valid.map(({ pattern }) => pattern));
  const present = new WeakMap<CheckContext, Set<number>>();
  const matching = (context: CheckContext): Set<number> | null => {
    if (!sets) return null;
    let found = present.get(context);
    if (!found) {
      const text = scannedPart(context.norm.original);
      found = new Set(sets.flatMap(({ set, indices }) => set.match(text).map((i) => indices[i]!)));
      present.set(context, found);
    }
    return found;
  };
  return valid.map(({ pattern, re }, index) => patternRule(pattern, re, (context) => matching(context)?.has(index) ?? true));
}

/** One set per case mode; `null` (search every pattern) if the set cannot be built. */
function prefilter(patterns: RuleConfig['patterns']): { set: RE2Set; indices: number[] }[] | null {
  if (patterns.length === 0) return null;
  try {
    return [true, false].flatMap((caseInsensitive) => {
      const indices = patterns.flatMap((p, i) => (p.caseInsensitive === caseInsensitive ? [i] : []));
      if (indices.length === 0) return [];
      const set = new RE2Set(RE2Set.UNANCHORED, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
      for (const i of indices) set.add(patterns[i]!.pattern);
      set.compile();
      return [{ set, indices }];
    });
  } catch {
    return null;
  }
}

function termIndexes(config: RuleConfig): Record<Category, TermIndex> {
  const folded = foldLists(config, 'block');
  const index = (terms: string[]): TermIndex => {
    const byFirstWord = new Map<string, string[]>();
    const others: string[] = [];
    for (const term of terms) {
      const first = FIRST_WORD.exec(term)?.[0];
      if (first === undefined) others.push(term);
      else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), term]);
    }
    return { byFirstWord, others };
  };
  return { classified: index(folded.classified), tone: index(folded.tone), pillar: index(folded.pillar) };
}

function foldLists(config: RuleConfig, list: 'block' | 'allow'): Record<Category, string[]> {
  const fold = (terms: string[]) => [...new Set(terms.map((term) => normalize(term.trim()).text).filter((term) => term.length > 0))];
  return {
    classified: fold(config.terms.classified[list]),
    tone: fold(config.terms.tone[list]),
    pillar: fold(config.terms.pillar[list]),
  };
}
