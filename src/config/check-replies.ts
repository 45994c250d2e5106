import { check } from '../checks';
import type { ConfigProblem } from './parse';
import { jsonPath } from './parse';
import { problemText } from './messages';
import type { RuleConfig } from './schema';

/**
 * Runs every saved reply through the engine with the config it belongs to: a template that the
 * guard would hold is a problem of the config, caught where the team writes it rather than in
 * front of a citizen.
 */
export function savedReplyProblems(config: RuleConfig): ConfigProblem[] {
  return config.templates.flatMap((reply, index) =>
    check(reply.text, config)
      .findings.filter((finding) => finding.severity === 'block')
      .map((finding) => ({
        path: jsonPath(['templates', index, 'text']),
        message: problemText.blockedTemplate(finding.rule, reply.text.slice(finding.start, finding.end), finding.message),
      })),
  );
}
