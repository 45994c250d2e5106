import { normalize, words } from '../../checks/normalize';
import type { ResponsesConfig } from '../../config/responses';
import type { Category } from '../model';
import { phrasePattern, type CategoryRules } from './cue';
import { aduan } from './rules/aduan';
import { apresiasi } from './rules/apresiasi';
import { aspirasi } from './rules/aspirasi';
import { lainnya } from './rules/lainnya';
import { pertanyaan } from './rules/pertanyaan';

/**
 * The category of a citizen's message from weighted cues, one rule module per category. The
 * category whose cues weigh most wins; ties go to the costlier miss (aduan first), and a message
 * with no cue at all is lainnya. A team config adds words per category.
 */

/** Tie order: a missed complaint costs most, noise least. */
export const CATEGORY_RULES: readonly CategoryRules[] = [aduan, aspirasi, pertanyaan, apresiasi, lainnya];

export interface Categorization {
  category: Category;
  /** The words that decided it (folded forms), strongest cue first. */
  evidence: string[];
  scores: Record<Category, number>;
}

/** Below this weight no category is claimed. */
const MIN_SCORE = 1;
/** The weight of each word a team adds. */
const TEAM_WORD_WEIGHT = 3;

interface Compiled {
  category: Category;
  cues: { weight: number; pattern: RegExp; raw: boolean }[];
}

const compile = (rules: CategoryRules): Compiled => ({
  category: rules.category,
  cues: rules.cues.map((cue) => ({
    weight: cue.weight,
    raw: cue.raw === true,
    pattern: cue.pattern ? new RegExp(cue.pattern.source, `${cue.pattern.flags.replace(/[gu]/g, '')}gu`) : phrasePattern(cue.phrases ?? []),
  })),
});

const BUILT_IN = CATEGORY_RULES.map(compile);
const withTeamWords = new WeakMap<object, Compiled[]>();

function rulesFor(extra: ResponsesConfig['categories']['words'] | undefined): Compiled[] {
  if (extra === undefined || Object.values(extra).every((list) => !list || list.length === 0)) return BUILT_IN;
  let compiled = withTeamWords.get(extra);
  if (compiled === undefined) {
    compiled = BUILT_IN.map((rules) => {
      const words = extra[rules.category];
      if (!words || words.length === 0) return rules;
      const phrases = words.map((word) => normalize(word).text);
      return { ...rules, cues: [...rules.cues, { weight: TEAM_WORD_WEIGHT, raw: false, pattern: phrasePattern(phrases) }] };
    });
    withTeamWords.set(extra, compiled);
  }
  return compiled;
}

/** The category of `text`, with its evidence; `extraWords` is the config's `categories.words`. */
export function categorize(text: string, extraWords?: ResponsesConfig['categories']['words']): Categorization {
  const norm = normalize(text);
  const raw = norm.text;
  const canonical = words(norm)
    .map((word) => word.canonical)
    .join(' ');
  const scores = { aduan: 0, pertanyaan: 0, aspirasi: 0, apresiasi: 0, lainnya: 0 } as Record<Category, number>;
  const found = new Map<Category, { weight: number; text: string }[]>();
  for (const rules of rulesFor(extraWords)) {
    const hits: { weight: number; text: string }[] = [];
    for (const cue of rules.cues) {
      cue.pattern.lastIndex = 0;
      const match = cue.pattern.exec(cue.raw ? raw : canonical);
      if (match === null) continue;
      scores[rules.category] += cue.weight;
      hits.push({ weight: cue.weight, text: match[0].trim() });
    }
    found.set(rules.category, hits);
  }
  let best: Category = 'lainnya';
  let bestScore = MIN_SCORE - Number.EPSILON;
  for (const rules of CATEGORY_RULES) {
    if (scores[rules.category] > bestScore) {
      best = rules.category;
      bestScore = scores[rules.category];
    }
  }
  const hits = [...new Set((found.get(best) ?? []).filter((hit) => hit.weight > 0).sort((a, b) => b.weight - a.weight).map((hit) => hit.text))];
  // "mohon dibangun" already says "dibangun" and "mohon".
  const evidence = hits.filter((text) => !hits.some((other) => other !== text && other.includes(text)));
  return { category: best, evidence, scores };
}
