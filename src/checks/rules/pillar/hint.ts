import { DEFAULT_EXPECTATIONS } from '../../pillars/expectations';
import type { Target } from '../../pillars/lexicon';
import { postType } from '../../pillars/post-type';
import type { CheckContext, Rule } from '../../rule';
import { PILLARS, PRINCIPLES, type LocalizedText, type Pillar } from '../../types';

export interface HintSpec {
  target: Target;
  /** A short title in plain words, for the card and the settings page. */
  description: LocalizedText;
  reason: LocalizedText;
  /** What is missing, in one sentence. */
  message: LocalizedText;
  /** A sentence the admin can paste at the end of the draft, with [brackets] for what only they know. */
  sentence: LocalizedText;
}

const KNOWN = new Set<string>([...PILLARS, ...PRINCIPLES]);
const isPillar = (target: Target): target is Pillar => (PILLARS as readonly string[]).includes(target);
const hintRuleId = (target: Target) => (isPillar(target) ? `pillar.${target}` : `pillar.principle.${target}`);

/**
 * A suggestion for one missing pillar or principle, raised only where the post's type calls for
 * it (pillars/expectations.ts, or the team's `expectations`). It has no span of its own: it sits
 * at the end of the draft (`start = end = text.length`), and its fix appends the sentence there.
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
      const text = context.norm.original;
      const end = text.length;
      const glue = end === 0 || /\s$/.test(text) ? '' : ' ';
      const sentence = context.language === 'en' ? spec.sentence.en : spec.sentence.id;
      return [
        {
          start: end,
          end,
          message: spec.message,
          suggestion: { replacement: glue + sentence, label: { id: 'Tambahkan kalimat ini', en: 'Add this sentence' } },
        },
      ];
    },
  };
}

const chosen = new WeakMap<CheckContext, Set<Target>>();

/** The missing targets this post's type calls for; computed once per check. */
function hintedTargets(context: CheckContext): Set<Target> {
  let targets = chosen.get(context);
  if (targets) return targets;
  targets = new Set();
  chosen.set(context, targets);
  const { pillars, config } = context;
  const type = postType(context.norm.original);
  const expected = config.expectations?.[type] ?? DEFAULT_EXPECTATIONS[type];
  const covered = config.thresholds.pillarCovered;
  for (const target of expected) {
    if (!KNOWN.has(target) || config.rules[hintRuleId(target as Target)]?.enabled === false) continue;
    const score = isPillar(target as Target) ? pillars[target as Pillar].score : pillars.principles[target as Exclude<Target, Pillar>].score;
    if (score < covered) targets.add(target as Target);
  }
  return targets;
}
