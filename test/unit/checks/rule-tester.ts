import { describe, expect, test } from 'vitest';
import { check } from '../../../src/checks';
import type { RuleConfigInput } from '../../../src/config/schema';
import { RuleConfigSchema } from '../../../src/config/schema';

export interface InvalidCase {
  draft: string;
  /** The marked texts, in order. */
  found: string[];
  /** The draft after every suggested fix of the rule is applied; omit when the rule offers none. */
  fixed?: string;
  severity?: 'block' | 'warn' | 'info';
  config?: RuleConfigInput;
}

export interface RuleTable {
  /** Drafts on which the rule must stay silent. */
  valid: (string | { draft: string; config?: RuleConfigInput })[];
  invalid: InvalidCase[];
}

const findingsOf = (draft: string, rule: string, config: RuleConfigInput = {}) =>
  check(draft, RuleConfigSchema.parse(config)).findings.filter((f) => f.rule === rule);

/** Applies fixes from the end backwards, so earlier offsets stay valid; fixes never overlap. */
export function applyFixes(draft: string, findings: { start: number; end: number; suggestion?: { replacement: string } }[]): string {
  let out = draft;
  let limit = Infinity;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    if (!f.suggestion) continue;
    expect(f.end, 'fixes overlap').toBeLessThanOrEqual(limit);
    out = out.slice(0, f.start) + f.suggestion.replacement + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/** A table of valid and invalid drafts for one rule, as ESLint's RuleTester. */
export function ruleTester(rule: string, table: RuleTable): void {
  describe(rule, () => {
    for (const item of table.valid) {
      const { draft, config } = typeof item === 'string' ? { draft: item, config: undefined } : item;
      test(`valid: ${draft.slice(0, 60)}`, () => {
        expect(findingsOf(draft, rule, config).map((f) => draft.slice(f.start, f.end))).toEqual([]);
      });
    }
    for (const item of table.invalid) {
      test(`invalid: ${item.draft.slice(0, 60)}`, () => {
        const findings = findingsOf(item.draft, rule, item.config);
        expect(findings.map((f) => item.draft.slice(f.start, f.end))).toEqual(item.found);
        if (item.severity) for (const f of findings) expect(f.severity).toBe(item.severity);
        if (item.fixed !== undefined) expect(applyFixes(item.draft, findings)).toBe(item.fixed);
        else expect(findings.every((f) => !f.suggestion)).toBe(true);
      });
    }
  });
}
