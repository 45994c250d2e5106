import { z } from 'zod';
import type { LocalizedText } from '../checks/types';
import { RULES } from '../checks/rules';
import { TERM_RULES } from '../checks/rules/custom';
import { CUSTOM_MESSAGES, problemText } from './messages';
import { migrate } from './migrate';
import { compilePattern } from './patterns';
import { RuleConfigSchema, type RuleConfig } from './schema';

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `$.patterns[2].pattern` or `$.rules["tone.abusif"]`. */
  path: string;
  message: LocalizedText;
}

export type ParseResult = { ok: true; config: RuleConfig; migratedFrom: number } | { ok: false; problems: ConfigProblem[] };

const BUILT_IN_IDS: readonly string[] = [...RULES, ...TERM_RULES].map((rule) => rule.id);
const indonesian = z.locales.id().localeError;

/**
 * Validates a rule config document as a whole (RS-08), after bringing it to the current schema
 * version: every problem is reported with its JSON path in Indonesian and English, so a team lead
 * fixes the file in one pass. Never throws, whatever `json` is.
 */
export function parseConfig(json: unknown): ParseResult {
  try {
    const migrated = migrate(json);
    if (!migrated.ok) return { ok: false, problems: [{ path: '$.schemaVersion', message: migrated.message }] };
    const document = migrated.document;
    const parsed = RuleConfigSchema.safeParse(document);
    const problems: ConfigProblem[] = [];
    if (!parsed.success) {
      // The same document parsed with zod's Indonesian messages gives the issues in the same order.
      const inIndonesian = RuleConfigSchema.safeParse(document, { error: indonesian }).error?.issues ?? [];
      parsed.error.issues.forEach((issue, index) => problems.push(...fromZodIssue(issue, inIndonesian[index])));
    }
    problems.push(...unknownRuleIds(document), ...patternProblems(document), ...duplicateTemplates(document));
    const unique = dedupe(problems);
    if (unique.length > 0 || !parsed.success) return { ok: false, problems: unique };
    return { ok: true, config: parsed.data, migratedFrom: migrated.from };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: problemText.unreadable(error instanceof Error ? error.message : 'unknown error') }] };
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

/** One problem per line, `path: message`, in the language asked for. */
export function formatProblems(problems: readonly ConfigProblem[], lang: 'id' | 'en'): string {
  return problems.map((p) => `  ${p.path}: ${p.message[lang]}\n`).join('');
}

function localized(issue: z.core.$ZodIssue, inIndonesian: z.core.$ZodIssue | undefined): LocalizedText {
  return CUSTOM_MESSAGES[issue.message] ?? { id: inIndonesian?.message ?? issue.message, en: issue.message };
}

function fromZodIssue(issue: z.core.$ZodIssue, inIndonesian: z.core.$ZodIssue | undefined): ConfigProblem[] {
  // zod reports unknown keys on their parent object; point at each key instead.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: problemText.unknownKey(key) }));
  }
  // zod says only "Invalid key in record"; the reason is in the nested issue.
  if (issue.code === 'invalid_key' && issue.issues[0]) {
    const nested = inIndonesian?.code === 'invalid_key' ? inIndonesian.issues[0] : undefined;
    return [{ path: jsonPath(issue.path), message: problemText.invalidKey(localized(issue.issues[0], nested)) }];
  }
  return [{ path: jsonPath(issue.path), message: localized(issue, inIndonesian) }];
}

function unknownRuleIds(json: unknown): ConfigProblem[] {
  if (!isRecord(json) || !isRecord(json.rules)) return [];
  const known = new Set([...BUILT_IN_IDS, ...idsOf(json.patterns).map((id) => `custom.${id}`)]);
  return Object.keys(json.rules)
    .filter((id) => /^[a-z0-9.-]+$/.test(id) && !known.has(id))
    .map((id) => ({ path: jsonPath(['rules', id]), message: problemText.unknownRule(id, closest(id, [...known])) }));
}

function patternProblems(json: unknown): ConfigProblem[] {
  if (!isRecord(json) || !Array.isArray(json.patterns)) return [];
  const problems = duplicates(json.patterns, 'patterns', 'pattern');
  json.patterns.forEach((item: unknown, index) => {
    if (!isRecord(item)) return;
    // Over-long or empty patterns are already reported by the schema.
    if (typeof item.pattern !== 'string' || item.pattern.length === 0 || item.pattern.length > 512) return;
    const compiled = compilePattern(item.pattern, item.caseInsensitive !== false);
    if (!compiled.ok) problems.push({ path: jsonPath(['patterns', index, 'pattern']), message: compiled.message });
  });
  return problems;
}

function duplicateTemplates(json: unknown): ConfigProblem[] {
  return isRecord(json) && Array.isArray(json.templates) ? duplicates(json.templates, 'templates', 'template') : [];
}

function duplicates(items: unknown[], key: string, what: 'pattern' | 'template'): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    if (seen.has(item.id)) problems.push({ path: jsonPath([key, index, 'id']), message: problemText.duplicateId(what, item.id) });
    seen.add(item.id);
  });
  return problems;
}

function idsOf(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\n${p.message.en}`;
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
