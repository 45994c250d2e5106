import type { Finding, Report } from '../checks/types';
import type { GuardOutcomeKind } from '../messaging/protocol';

/** Shortest written reason accepted for publishing over a block. */
export const MIN_REASON_LENGTH = 15;

export type Decision =
  | { action: 'pass'; outcome: Extract<GuardOutcomeKind, 'published-clean' | 'published-warnings'>; rules: string[] }
  | { action: 'hold'; blocking: Finding[]; rules: string[] };

const ruleIds = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.rule))];

/** What the guard does with a draft's report at the moment of submitting. */
export function decide(report: Report): Decision {
  const blocking = report.findings.filter((finding) => finding.severity === 'block');
  if (blocking.length > 0) return { action: 'hold', blocking, rules: ruleIds(blocking) };
  const warnings = report.findings.filter((finding) => finding.severity === 'warn');
  return warnings.length > 0
    ? { action: 'pass', outcome: 'published-warnings', rules: ruleIds(warnings) }
    : { action: 'pass', outcome: 'published-clean', rules: [] };
}

/** Whether a written override reason is long enough, not counting surrounding spaces. */
export function reasonAccepted(reason: string): boolean {
  return reason.trim().length >= MIN_REASON_LENGTH;
}
