import { defaultResponses } from './responses-defaults';
import type { RuleConfig } from './schema';

/**
 * The config in force when a team has none: the schema's defaults, written out as plain data so
 * that the engine (which runs in every tab) does not carry zod. A unit test keeps the two equal.
 */
export const DEFAULT_CONFIG: RuleConfig = {
  schemaVersion: 1,
  language: 'auto',
  rules: {},
  terms: {
    classified: { block: [], allow: [] },
    tone: { block: [], allow: [] },
    pillar: { block: [], allow: [] },
  },
  patterns: [],
  thresholds: { pillarCovered: 0.5, negativeSentiment: 0.6, shoutingRatio: 0.6 },
  responses: defaultResponses(),
};
