import { z } from 'zod';
import type { ConfigProblem } from '../config/parse';
import type { Source, SourcedProblem } from '../config/resolve';
import type { RuleConfig, SettingKey } from '../config/schema';
import type { Subscription } from '../team-config/subscription';

/**
 * Every message that crosses a context boundary (content script ⇄ background ⇄ extension pages).
 * The background parses each arrival with `Message`; anything else is dropped and logged.
 */

export const Platform = z.enum([
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'threads',
  'generic',
]);
export type Platform = z.infer<typeof Platform>;

export const EditorKind = z.enum(['post', 'reply', 'comment', 'dm']);
export type EditorKind = z.infer<typeof EditorKind>;

/** Sent by the content script when it attaches to a composer on a platform page. */
export const ComposeAttached = z.strictObject({
  type: z.literal('compose/attached'),
  platform: Platform,
  editorKind: EditorKind,
});

/** Sent by extension pages to learn where Pilar is at work right now. */
export const StatusGet = z.strictObject({
  type: z.literal('status/get'),
});

/** What happened when the admin tried to publish a draft (see `src/guard`). */
export const GuardOutcomeKind = z.enum([
  'held',
  'published-clean',
  'published-warnings',
  'published-over-block',
  'cancelled',
  'unchecked',
]);
export type GuardOutcomeKind = z.infer<typeof GuardOutcomeKind>;

/** Sent by the content script for every guard decision; never carries the draft itself. */
export const GuardOutcome = z.strictObject({
  type: z.literal('guard/outcome'),
  /** Client-generated, so a resent message is stored once. */
  id: z.uuid(),
  platform: Platform,
  editorKind: EditorKind,
  outcome: GuardOutcomeKind,
  rules: z.array(z.string().regex(/^[a-z0-9.-]+$/).max(100)).max(100),
  /** The admin's written reason for publishing over a block. */
  reason: z.string().max(2000).optional(),
  draftLength: z.number().int().min(0).max(10_000_000),
  replyTo: z.string().max(200).optional(),
  /** The account the admin acted as, as the page showed it (links a reply to the right account). */
  account: z.string().max(200).optional(),
  at: z.number().int().min(0),
});
export type GuardOutcome = z.infer<typeof GuardOutcome>;

/** One incoming item as a content script saw it on screen (see `src/capture`). */
export const ObservedItem = z.strictObject({
  /** From the item's permalink, never from a DOM node. */
  itemId: z.string().min(1).max(200),
  threadId: z.string().min(1).max(200),
  kind: z.enum(['mention', 'comment', 'reply', 'dm']),
  author: z.string().max(200),
  /** Cut to 280 characters by the content script. */
  snippet: z.string().max(280),
  url: z.string().max(2000),
  /** The platform's exact time (ISO 8601), or the relative label it showed ("2 j", "kemarin"). */
  time: z.union([z.strictObject({ exact: z.string().max(64) }), z.strictObject({ relative: z.string().max(64) }), z.strictObject({})]),
  /** When this tab first saw the item (ms since the epoch). */
  seenAt: z.number().int().min(0),
});
export type ObservedItem = z.infer<typeof ObservedItem>;

/** A reply by the agency's own account, seen on the page: it gives the reply's platform time. */
export const ObservedReply = z.strictObject({
  /** The item it answers. */
  itemId: z.string().min(1).max(200),
  replyId: z.string().min(1).max(200),
  time: z.string().max(64).optional(),
  seenAt: z.number().int().min(0),
});
export type ObservedReply = z.infer<typeof ObservedReply>;

/**
 * Sent by the content script in batches (not per scroll event): what the page shows of the
 * account's incoming items and its own replies. `account` is null while the page has not said
 * which account the admin acts as.
 */
export const QueueObserved = z.strictObject({
  type: z.literal('queue/observed'),
  platform: Platform,
  account: z.string().max(200).nullable(),
  items: z.array(ObservedItem).max(500),
  replies: z.array(ObservedReply).max(500),
});
export type QueueObserved = z.infer<typeof QueueObserved>;

/** Sent by extension pages for the guard's counts. */
export const OutcomesSummaryGet = z.strictObject({
  type: z.literal('outcomes/summary'),
});

/** Team config (see src/team-config): the content script asks for the config in force. */
export const ConfigGet = z.strictObject({ type: z.literal('config/get') });
/** The options page asks for the config, each setting's source and the subscription's status. */
export const ConfigStateGet = z.strictObject({ type: z.literal('config/state') });
/** The options page saves the admin's own edits (or an imported file) as the local source. */
export const ConfigSave = z.strictObject({ type: z.literal('config/save'), document: z.record(z.string(), z.unknown()) });
/** The options page subscribes to a team URL (after the admin granted its origin). */
export const ConfigSubscribe = z.strictObject({
  type: z.literal('config/subscribe'),
  url: z.string().max(2000),
  hours: z.number().int().min(1).max(168).optional(),
});
export const ConfigUnsubscribe = z.strictObject({ type: z.literal('config/unsubscribe') });
/** Fetch the team URL now rather than at the next alarm. */
export const ConfigRefresh = z.strictObject({ type: z.literal('config/refresh') });

export const Message = z.discriminatedUnion('type', [
  ComposeAttached,
  StatusGet,
  GuardOutcome,
  OutcomesSummaryGet,
  QueueObserved,
  ConfigGet,
  ConfigStateGet,
  ConfigSave,
  ConfigSubscribe,
  ConfigUnsubscribe,
  ConfigRefresh,
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

/** Who may send a message type: a content script in a platform tab, or an extension page. */
export const MESSAGE_SENDERS: Record<MessageType, 'content' | 'extension-page'> = {
  'compose/attached': 'content',
  'status/get': 'extension-page',
  'guard/outcome': 'content',
  'outcomes/summary': 'extension-page',
  'queue/observed': 'content',
  'config/get': 'content',
  'config/state': 'extension-page',
  'config/save': 'extension-page',
  'config/subscribe': 'extension-page',
  'config/unsubscribe': 'extension-page',
  'config/refresh': 'extension-page',
};

export const AttachedTab = z.object({
  tabId: z.number().int(),
  platform: Platform,
  editorKind: EditorKind,
  at: z.number(),
});
export type AttachedTab = z.infer<typeof AttachedTab>;

export const StatusReply = z.object({
  version: z.string(),
  attached: z.array(AttachedTab),
});
export type StatusReply = z.infer<typeof StatusReply>;

export const OverrideEntry = z.object({
  at: z.number(),
  platform: Platform,
  editorKind: EditorKind,
  rules: z.array(z.string()),
  reason: z.string(),
});
export type OverrideEntry = z.infer<typeof OverrideEntry>;

export const OutcomesSummary = z.object({
  counts: z.record(GuardOutcomeKind, z.number().int().min(0)),
  /** The latest publications over a block, newest first. */
  overrides: z.array(OverrideEntry),
});
export type OutcomesSummary = z.infer<typeof OutcomesSummary>;

export interface Replies {
  'compose/attached': { ok: true };
  'status/get': StatusReply;
  'guard/outcome': { stored: true };
  'outcomes/summary': OutcomesSummary;
  'queue/observed': { stored: number };
  'config/get': { config: RuleConfig };
  'config/state': ConfigState;
  'config/save': ConfigChange;
  'config/subscribe': ConfigChange;
  'config/unsubscribe': ConfigChange;
  'config/refresh': ConfigChange;
}

/** What the options page shows of the team config. */
export interface ConfigState {
  config: RuleConfig;
  sources: Record<SettingKey, Source>;
  /** The admin's own edits as saved. */
  local: Record<string, unknown>;
  /** Settings an enterprise policy sets (shown locked). */
  policyKeys: SettingKey[];
  problems: SourcedProblem[];
  subscription: Subscription | null;
  /** The policy names the subscription URL itself. */
  subscriptionLocked: boolean;
}

export type ConfigChange = { ok: true; state: ConfigState } | { ok: false; problems: ConfigProblem[] };

/** Pushed by the background to every tab and page when the config in force changes. */
export interface ConfigChanged {
  type: 'config/changed';
  config: RuleConfig;
}
