import type { RuleConfig } from '../../../config/schema';
import { compilePattern } from '../../../config/patterns';
import { normalize } from '../../normalize';
import type { Rule } from '../../rule';
import type { Category } from '../../types';
import { patternRule } from './patterns';

export interface CompiledCustom {
  /** One rule per valid team pattern; invalid ones are skipped (`parseConfig` reports them). */
  patternRules: Rule[];
  /** Block and allow terms, folded the same way as the draft. */
  blockTerms: Record<Category, string[]>;
  allowTerms: Record<Category, string[]>;
}

// A config object is compiled once, however many drafts it checks.
const cache = new WeakMap<RuleConfig, CompiledCustom>();

export function compileCustom(config: RuleConfig): CompiledCustom {
  let compiled = cache.get(config);
  if (!compiled) {
    compiled = {
      patternRules: config.patterns.flatMap((pattern) => {
        const result = compilePattern(pattern.pattern, pattern.caseInsensitive);
        return result.ok ? [patternRule(pattern, result.re)] : [];
      }),
      blockTerms: foldLists(config, 'block'),
      allowTerms: foldLists(config, 'allow'),
    };
    cache.set(config, compiled);
  }
  return compiled;
}

function foldLists(config: RuleConfig, list: 'block' | 'allow'): Record<Category, string[]> {
  const fold = (terms: string[]) => [...new Set(terms.map((term) => normalize(term.trim()).text).filter((term) => term.length > 0))];
  return {
    classified: fold(config.terms.classified[list]),
    tone: fold(config.terms.tone[list]),
    pillar: fold(config.terms.pillar[list]),
  };
}
