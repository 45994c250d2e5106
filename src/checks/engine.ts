import { DEFAULT_CONFIG, type RuleConfig } from '../config/schema';
import { detectLanguage } from './language';
import { normalize } from './normalize';
import { analyzePillars } from './pillars/analyze';
import type { CheckContext, Rule } from './rule';
import { RULES } from './rules';
import { analyzeTone } from './tone/analyze';
import type { Finding, Report, Severity } from './types';

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/**
 * Checks a draft: synchronous, deterministic and total. A rule that fails is skipped rather than
 * failing the whole check, so one bad rule never hides the others' findings.
 */
export function check(text: string, config: RuleConfig = DEFAULT_CONFIG): Report {
  const input = typeof text === 'string' ? text : '';
  const norm = normalize(input);
  const language = detectLanguage(norm, config.language);
  const context: CheckContext = {
    norm,
    config,
    language,
    tone: analyzeTone(norm, language),
    pillars: analyzePillars(norm, language),
  };

  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config.rules[rule.id];
    if (setting?.enabled === false) continue;
    for (const hit of runRule(rule, context)) {
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
  findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
  return { language, findings, tone: context.tone, pillars: context.pillars };
}

function runRule(rule: Rule, context: CheckContext) {
  try {
    return rule.check(context);
  } catch {
    return [];
  }
}
