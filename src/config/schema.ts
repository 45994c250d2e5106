import { z } from 'zod';
import { defaultResponses, ResponsesSchema } from './responses';

/**
 * The team's rule config: plain declarative data (RS-01), validated whole. A bad document is
 * rejected with every problem and its JSON path; the last good config stays in force.
 */

export const SeveritySchema = z.enum(['block', 'warn', 'info']);
export const CategorySchema = z.enum(['tone', 'pillar', 'classified']);

const Localized = z.strictObject({ id: z.string().min(1).max(500), en: z.string().min(1).max(500) });

const Term = z.string().trim().min(1).max(200);
const TermLists = z.strictObject({
  /** Words or phrases to flag in this category (matched after the same folding as the built-ins). */
  block: z.array(Term).max(1000).default([]),
  /** Words or phrases never to flag in this category, even when a built-in rule would. */
  allow: z.array(Term).max(1000).default([]),
});

export const RuleSetting = z.strictObject({
  enabled: z.boolean().optional(),
  severity: SeveritySchema.optional(),
});

/** A team-supplied pattern; compiled with re2js (linear time), never with RegExp. */
export const CustomPattern = z.strictObject({
  /** Becomes the finding's rule id as `custom.<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'),
  pattern: z.string().min(1).max(512),
  caseInsensitive: z.boolean().default(true),
  category: CategorySchema,
  severity: SeveritySchema,
  message: Localized,
});

export const Thresholds = z.strictObject({
  /** A pillar or principle counts as covered from this score on. */
  pillarCovered: z.number().min(0).max(1).default(0.5),
  /** Sentiment confidence from which a negative draft gets a `tone.negative` finding. */
  negativeSentiment: z.number().min(0).max(1).default(0.6),
  /** Share of upper-case letters from which a draft counts as shouting. */
  shoutingRatio: z.number().min(0).max(1).default(0.6),
});

export const RuleConfigSchema = z.strictObject({
  schemaVersion: z.literal(1).default(1),
  /** `auto` decides per draft between Indonesian and English. */
  language: z.enum(['auto', 'id', 'en']).default('auto'),
  rules: z.record(z.string().regex(/^[a-z0-9.-]+$/), RuleSetting).default({}),
  terms: z
    .strictObject({
      classified: TermLists.default({ block: [], allow: [] }),
      tone: TermLists.default({ block: [], allow: [] }),
      pillar: TermLists.default({ block: [], allow: [] }),
    })
    .default({ classified: { block: [], allow: [] }, tone: { block: [], allow: [] }, pillar: { block: [], allow: [] } }),
  patterns: z.array(CustomPattern).max(200).default([]),
  thresholds: Thresholds.default({ pillarCovered: 0.5, negativeSentiment: 0.6, shoutingRatio: 0.6 }),
  /** The reply queue: working clock, targets, category words, retention. */
  responses: ResponsesSchema.default(defaultResponses),
});

/** A config as a team writes it (everything optional). */
export type RuleConfigInput = z.input<typeof RuleConfigSchema>;
/** A config with every default filled in. */
export type RuleConfig = z.output<typeof RuleConfigSchema>;

export { DEFAULT_CONFIG } from './defaults';
