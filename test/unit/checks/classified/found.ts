import { check } from '../../../../src/checks';
import type { Severity } from '../../../../src/checks';

export interface Seen {
  /** The original characters the finding covers. */
  text: string;
  severity: Severity;
  replacement?: string;
}

/** What the admin would see highlighted for one rule: the covered text, its severity and fix. */
export function found(draft: string, rule: string): Seen[] {
  return check(draft)
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({
      text: draft.slice(f.start, f.end),
      severity: f.severity,
      ...(f.suggestion ? { replacement: f.suggestion.replacement } : {}),
    }));
}

/** The covered texts only. */
export function spans(draft: string, rule: string): string[] {
  return found(draft, rule).map((f) => f.text);
}
