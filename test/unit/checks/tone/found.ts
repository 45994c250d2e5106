import { check } from '../../../../src/checks';
import type { RuleConfigInput } from '../../../../src/config/schema';
import { RuleConfigSchema } from '../../../../src/config/schema';

export interface Found {
  text: string;
  severity: string;
  replacement?: string;
}

/** The findings of one rule on a draft, as the admin would see them: the marked text, severity, suggested fix. */
export function found(draft: string, rule: string, config: RuleConfigInput = {}): Found[] {
  return check(draft, RuleConfigSchema.parse(config))
    .findings.filter((f) => f.rule === rule)
    .map((f) => ({
      text: draft.slice(f.start, f.end),
      severity: f.severity,
      ...(f.suggestion ? { replacement: f.suggestion.replacement } : {}),
    }));
}

/** Just the marked texts. */
export function spans(draft: string, rule: string, config: RuleConfigInput = {}): string[] {
  return found(draft, rule, config).map((f) => f.text);
}
