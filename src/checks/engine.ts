import { DEFAULT_CONFIG } from '../config/defaults';
import type { RuleConfig } from '../config/schema';
import { detectLanguage } from './language';
import { normalize } from './normalize';
import { analyzePillars } from './pillars/analyze';
import type { CheckContext, Rule } from './rule';
import { RULES } from './rules';
import { compileCustom, TERM_RULES } from './rules/custom';
import { analyzeTone } from './tone/analyze';
import type { Finding, Report, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/**
 * Checks a draft: synchronous, deterministic and total. A rule that fails is skipped rather than
 * failing the whole check, so one bad rule never hides the others' findings.
 *
 * Findings are spans `[start, end)` of the draft, except document-level hints (a missing pillar or
 * principle), which have no span of their own: they sit at the end of the draft, `start = end =
 * text.length`, where the admin would add what they ask for, and an overlay shows them in its panel.
 */
export function check(text: string, config: RuleConfig = DEFAULT_CONFIG, options: CheckOptions = {}): Report {
  const whole = typeof text === 'string' ? text : '';
  const cut = options.limit !== undefined && whole.length > options.limit ? cutAt(whole, options.limit) : undefined;
  const report = checkWhole(cut ?? whole, config);
  return cut === undefined ? report : { ...report, checkedLength: cut.length };
}

export interface CheckOptions {
  /** Check at most this many UTF-16 units (a draft being typed); the report says when it cut. */
  limit?: number;
}

/** How much of a draft is checked while the admin types (RS-09); Post checks the whole draft. */
export const TYPING_LIMIT = 20_000;

/** The first `limit` units, one fewer if the cut would split a surrogate pair. */
function cutAt(text: string, limit: number): string {
  const code = text.charCodeAt(limit - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
}

function checkWhole(text: string, config: RuleConfig): Report {
  const context = createContext(text, config);
  const custom = compileCustom(config);
  const findings: Finding[] = [];
  for (const rules of [RULES, TERM_RULES, custom.patternRules]) {
    for (const rule of rules) {
      const setting = config.rules[rule.id];
      if (setting?.enabled === false) continue;
      const allowed = custom.allowTerms[rule.category];
      for (const hit of runRule(rule, context)) {
        if (allowed.length > 0 && isAllowed(context, hit.start, hit.end, allowed)) continue;
        findings.push({
          rule: rule.id,
          category: rule.category,
          severity: setting?.severity ?? hit.severity ?? rule.defaultSeverity,
          start: hit.start,
          end: hit.end,
          message: hit.message,
          ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
        });
      }
    }
  }
  // Stable sort: at one position, rules keep their registered order (pillars before principles).
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { language: context.language, findings, tone: context.tone, pillars: context.pillars };
}

/** What every rule sees for one draft; exported for the benchmark's per-rule timing. */
export function createContext(text: string, config: RuleConfig): CheckContext {
  const norm = normalize(typeof text === 'string' ? text : '');
  const language = detectLanguage(norm, config.language);
  return { norm, config, language, tone: analyzeTone(norm, language), pillars: analyzePillars(norm, language) };
}

function runRule(rule: Rule, context: CheckContext) {
  try {
    return rule.check(context);
  } catch {
    return [];
  }
}

/** A team allow-term silences a finding whose span, folded like the draft, contains it. */
function isAllowed(context: CheckContext, start: number, end: number, allowed: string[]): boolean {
  if (end <= start) return false;
  const span = normalize(context.norm.original.slice(start, end)).text;
  return allowed.some((term) => span.includes(term));
}
