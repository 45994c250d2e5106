import { RULES } from '../../checks';
import type { Finding } from '../../checks/types';
import { h } from './dom';
import { localized } from './localized';

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule behind a finding; team patterns (`custom.*`) have none of their own. */
export const ruleOf = (finding: Finding) => RULE_BY_ID.get(finding.rule);

/** "Nomor Induk Kependudukan classified.nik": what the rule looks for, then its id. */
export function ruleName(finding: Finding): Node[] {
  const rule = ruleOf(finding);
  return [h('strong', {}, rule ? localized(rule.description) : finding.rule), document.createTextNode(' '), h('span', { class: 'rule' }, finding.rule)];
}
