import { z } from 'zod';
import { Platform } from '../messaging/protocol';
import { CATEGORIES } from '../tracker/model';
import { DEFAULT_SAVED_REPLIES, PLACEHOLDERS } from './saved-replies';
import { defaultResponses, ResponsesSchema } from './responses';

/**
 * The team's rule config: plain declarative data (RS-01), validated whole. A bad document is
 * rejected with every problem and its JSON path; the last good config stays in force.
 *
 * Custom messages below are keys of `CUSTOM_MESSAGES` (src/config/messages.ts), which holds their
 * Indonesian and English text.
 */

/** The version this build writes; older documents are migrated (src/config/migrate.ts). */
export const SCHEMA_VERSION = 2;

export const SeveritySchema = z.enum(['block', 'warn', 'info']);
export const CategorySchema = z.enum(['tone', 'pillar', 'classified']);

const Localized = z.strictObject({ id: z.string().min(1).max(500), en: z.string().min(1).max(500) });
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'slug');

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
  id: Slug,
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

/** Post types (src/checks/pillars/post-type.ts) and what each must carry (pillar or principle keys). */
const PostTypeSchema = z.enum(['reply', 'greeting', 'emergency', 'service', 'policy', 'report', 'other']);
const TargetKey = z.string().regex(/^[a-z-]{3,24}$/);

/**
 * A saved reply (templat balasan). Its text is plain text: placeholders are `{nama}`,
 * `{nomor_tiket}` and `{kanal}`, and nothing in it is ever read as markup or code.
 */
export const SavedReply = z.strictObject({
  id: Slug,
  /** The kind of incoming item it answers. */
  category: z.enum(CATEGORIES),
  title: z.string().trim().min(1).max(120),
  text: z
    .string()
    .min(1)
    .max(2000)
    .refine((text) => [...text.matchAll(/\{([^{}]*)\}/g)].every((m) => (PLACEHOLDERS as readonly string[]).includes(m[1]!)), 'placeholder'),
  /** The platforms it suits; empty means every platform. */
  platforms: z.array(Platform).max(8).default([]),
});

export const GuardPolicy = z.strictObject({
  /**
   * When Pilar itself fails while checking a draft at Post time: false lets the post go out with a
   * notice (RS-15); true holds it. Usually set by enterprise policy.
   */
  failClosed: z.boolean().default(false),
});

export const RuleConfigSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of this file; Pilar ignores it. */
  $schema: z.string().max(500).optional(),
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  /** `auto` decides per draft between Indonesian and English. */
  language: z.enum(['auto', 'id', 'en']).default('auto'),
  /** The language of Pilar's own pages; `auto` follows the browser. */
  uiLanguage: z.enum(['auto', 'id', 'en']).default('auto'),
  rules: z.record(z.string().regex(/^[a-z0-9.-]+$/, 'rule-id'), RuleSetting).default({}),
  terms: z
    .strictObject({
      classified: TermLists.default({ block: [], allow: [] }),
      tone: TermLists.default({ block: [], allow: [] }),
      pillar: TermLists.default({ block: [], allow: [] }),
    })
    .default({ classified: { block: [], allow: [] }, tone: { block: [], allow: [] }, pillar: { block: [], allow: [] } }),
  patterns: z.array(CustomPattern).max(200).default([]),
  thresholds: Thresholds.default({ pillarCovered: 0.5, negativeSentiment: 0.6, shoutingRatio: 0.6 }),
  guard: GuardPolicy.default({ failClosed: false }),
  templates: z.array(SavedReply).max(300).default(DEFAULT_SAVED_REPLIES),
  /** The reply queue: working clock, targets, category words, retention. */
  responses: ResponsesSchema.default(defaultResponses),
  /** Per post type, the pillars and principles suggested when missing; replaces the built-in list for that type. */
  expectations: z.partialRecord(PostTypeSchema, z.array(TargetKey).max(12)).optional(),
});

/** A config as a team writes it (everything optional). */
export type RuleConfigInput = z.input<typeof RuleConfigSchema>;
/** A config with every default filled in. */
export type RuleConfig = z.output<typeof RuleConfigSchema>;
export type SavedReply = z.output<typeof SavedReply>;

/** The settings a source (policy, team file, local edits) sets one by one. */
export const SETTING_KEYS = ['language', 'uiLanguage', 'rules', 'terms', 'patterns', 'thresholds', 'guard', 'templates', 'responses', 'expectations'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export { DEFAULT_CONFIG } from './defaults';
export { PLACEHOLDERS } from './saved-replies';
