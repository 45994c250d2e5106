import type { z } from 'zod';
import { RULES } from '../checks/rules';
import { TERM_RULES } from '../checks/rules/custom';
import { compilePattern } from './patterns';
import { RuleConfigSchema, type RuleConfig } from './schema';

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `$.patterns[2].pattern` or `$.rules["tone.abusif"]`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; config: RuleConfig } | { ok: false; problems: ConfigProblem[] };

const BUILT_IN_IDS: readonly string[] = [...RULES, ...TERM_RULES].map((rule) => rule.id);

/**
 * Validates a rule config document as a whole (RS-08): every problem is reported with its JSON
 * path, so a team lead fixes the file in one pass. Never throws, whatever `json` is.
 */
export function parseConfig(json: unknown): ParseResult {
  try {
    const parsed = RuleConfigSchema.safeParse(json);
    const problems = parsed.success ? [] : parsed.error.issues.flatMap(fromZodIssue);
    problems.push(...unknownRuleIds(json), ...patternProblems(json));
    const unique = dedupe(problems);
    if (unique.length > 0 || !parsed.success) return { ok: false, problems: unique };
    return { ok: true, config: parsed.data };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `unreadable config (${error instanceof Error ? error.message : 'unknown error'})` }] };
  }
}

/** `['patterns', 2, 'pattern']` → `$.patterns[2].pattern`; keys that are not identifiers are quoted. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

function fromZodIssue(issue: z.core.$ZodIssue): ConfigProblem[] {
  // zod reports unknown keys on their parent object; point at each key instead.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: `unknown key "${key}"` }));
  }
  // zod says only "Invalid key in record"; the reason is in the nested issue.
  const reason = issue.code === 'invalid_key' ? issue.issues[0]?.message : undefined;
  return [{ path: jsonPath(issue.path), message: reason ? `invalid key: ${reason}` : issue.message }];
}

function unknownRuleIds(json: unknown): ConfigProblem[] {
  if (!isRecord(json) || !isRecord(json.rules)) return [];
  const known = new Set([...BUILT_IN_IDS, ...patternIds(json).map((id) => `custom.${id}`)]);
  return Object.keys(json.rules)
    .filter((id) => /^[a-z0-9.-]+$/.test(id) && !known.has(id))
    .map((id) => {
      const near = closest(id, [...known]);
      return { path: jsonPath(['rules', id]), message: `unknown rule id "${id}"${near ? `; did you mean "${near}"?` : ''}` };
    });
}

function patternProblems(json: unknown): ConfigProblem[] {
  if (!isRecord(json) || !Array.isArray(json.patterns)) return [];
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  json.patterns.forEach((item: unknown, index) => {
    if (!isRecord(item)) return;
    if (typeof item.id === 'string') {
      if (seen.has(item.id)) problems.push({ path: jsonPath(['patterns', index, 'id']), message: `duplicate pattern id "${item.id}"` });
      seen.add(item.id);
    }
    // Over-long or empty patterns are already reported by the schema.
    if (typeof item.pattern !== 'string' || item.pattern.length === 0 || item.pattern.length > 512) return;
    const compiled = compilePattern(item.pattern, item.caseInsensitive !== false);
    if (!compiled.ok) problems.push({ path: jsonPath(['patterns', index, 'pattern']), message: compiled.message });
  });
  return problems;
}

function patternIds(json: Record<string, unknown>): string[] {
  if (!Array.isArray(json.patterns)) return [];
  return json.patterns.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The known id within three edits of a typo, for a "did you mean" hint. */
function closest(id: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
