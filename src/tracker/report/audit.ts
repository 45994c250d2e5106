import type { Span } from './period';
import { within } from './period';
import type { GuardRow } from './rows';

export const FINDING_CATEGORIES = ['tone', 'pillar', 'classified'] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export interface Override {
  id: string;
  at: number;
  platform: GuardRow['platform'];
  editorKind: GuardRow['editorKind'];
  rules: string[];
  /** The reason the admin wrote; empty when none was kept. */
  reason: string;
  replyTo?: string;
}

export interface GuardAudit {
  /** Drafts the guard checked when the admin pressed Post (held, published or cancelled). */
  checked: number;
  counts: Record<GuardRow['outcome'], number>;
  /** Decisions with at least one finding of the category (a draft may count in several). */
  findings: Record<FindingCategory, number>;
  /** Posts that went out over a blocking finding, newest first, each with its written reason. */
  overrides: Override[];
}

/** What the Post guard saw and let through in the period: the audit a supervisor signs. */
export function guardAudit(outcomes: GuardRow[], span: Span): GuardAudit {
  const counts: GuardAudit['counts'] = { held: 0, 'published-clean': 0, 'published-warnings': 0, 'published-over-block': 0, cancelled: 0, unchecked: 0 };
  const findings: GuardAudit['findings'] = { tone: 0, pillar: 0, classified: 0 };
  const overrides: Override[] = [];
  for (const outcome of outcomes) {
    if (!within(span, outcome.at)) continue;
    counts[outcome.outcome]++;
    const categories = new Set(outcome.rules.map((rule) => rule.split('.')[0]));
    for (const category of FINDING_CATEGORIES) if (categories.has(category)) findings[category]++;
    if (outcome.outcome === 'published-over-block') {
      const { id, at, platform, editorKind, rules, reason, replyTo } = outcome;
      overrides.push({ id, at, platform, editorKind, rules, reason: reason ?? '', ...(replyTo === undefined ? {} : { replyTo }) });
    }
  }
  overrides.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  return { checked: outcomes.length === 0 ? 0 : Object.values(counts).reduce((a, b) => a + b, 0) - counts.unchecked, counts, findings, overrides };
}
