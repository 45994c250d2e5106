import type { Target } from '../../pillars/lexicon';
import type { CheckContext, Rule } from '../../rule';
import { PILLARS, type LocalizedText, type Pillar, type Principle } from '../../types';

/** Shorter drafts are replies or quick notes, where asking for budgets or a legal basis is noise. */
const MIN_POST_CHARS = 120;
/** Principle hints per draft: the few most useful, so the panel is advice, not a checklist. */
const MAX_PRINCIPLE_HINTS = 3;

/**
 * Which missing principles are most worth adding to an ordinary post, most useful first: an
 * invitation, a complaint channel and figures can go into almost any post; a legal basis or a
 * long-term plan fits fewer.
 */
const USEFULNESS: Record<Principle, number> = {
  participation: 1,
  responsiveness: 0.95,
  transparency: 0.9,
  equity: 0.8,
  accountability: 0.75,
  effectiveness: 0.7,
  'rule-of-law': 0.6,
  consensus: 0.5,
  'strategic-vision': 0.45,
};

export interface HintSpec {
  target: Target;
  description: LocalizedText;
  reason: LocalizedText;
  /** What is missing and how to add it, with an example phrase. */
  message: LocalizedText;
}

const isPillar = (target: Target): target is Pillar => (PILLARS as readonly string[]).includes(target);
const hintRuleId = (target: Target) => (isPillar(target) ? `pillar.${target}` : `pillar.principle.${target}`);

/**
 * A document-level hint for one missing pillar or principle. It has no span of its own, so it sits
 * at the end of the draft (`start = end = text.length`), where the admin would add the missing part.
 */
export function coverageHint(spec: HintSpec): Rule {
  const id = hintRuleId(spec.target);
  return {
    id,
    category: 'pillar',
    defaultSeverity: 'info',
    description: spec.description,
    reason: spec.reason,
    check(context) {
      if (!hintedTargets(context).has(spec.target)) return [];
      const end = context.norm.original.length;
      return [{ start: end, end, message: spec.message }];
    },
  };
}

const chosen = new WeakMap<CheckContext, Set<Target>>();

/** Every missing pillar, plus the most useful missing principles; computed once per check. */
function hintedTargets(context: CheckContext): Set<Target> {
  let targets = chosen.get(context);
  if (targets) return targets;
  targets = new Set();
  chosen.set(context, targets);
  const text = context.norm.original.trim();
  // A draft that opens with @handle answers someone: a reply, not a post.
  if (text.length < MIN_POST_CHARS || text.startsWith('@')) return targets;

  const { pillars, config } = context;
  const covered = config.thresholds.pillarCovered;
  const wanted = (target: Target) => config.rules[hintRuleId(target)]?.enabled !== false;
  for (const pillar of PILLARS) {
    if (pillars[pillar].score < covered && wanted(pillar)) targets.add(pillar);
  }
  const principles = (Object.keys(USEFULNESS) as Principle[])
    .filter((principle) => pillars.principles[principle].score < covered && wanted(principle))
    // Partly present principles rank higher: a post half-way there is easiest to complete.
    .sort((a, b) => USEFULNESS[b] + pillars.principles[b].score - (USEFULNESS[a] + pillars.principles[a].score));
  for (const principle of principles.slice(0, MAX_PRINCIPLE_HINTS)) targets.add(principle);
  return targets;
}
