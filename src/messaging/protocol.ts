import { z } from 'zod';
import type { ConfigProblem } from '../config/parse';
import type { Source, SourcedProblem } from '../config/resolve';
import type { RuleConfig, SettingKey } from '../config/schema';
import type { Subscription } from '../team-config/subscription';
import type { TeamView } from '../tracker/exchange/merge';

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

// --- The reply queue's extension-page messages (the side panel) ---

export const QueueCategory = z.enum(['aduan', 'pertanyaan', 'aspirasi', 'apresiasi', 'lainnya']);
export const EpisodeStateSchema = z.enum(['open', 'answered', 'no-reply-needed', 'answered-elsewhere']);
const ItemKey = z.string().min(1).max(700);

export const QueueFilter = z.strictObject({
  platform: Platform.optional(),
  account: z.string().max(200).optional(),
  category: QueueCategory.optional(),
  state: EpisodeStateSchema,
});
export type QueueFilter = z.infer<typeof QueueFilter>;

/** The side panel's view: the episodes matching a filter (most urgent first), recent answers, today's figures. */
export const QueueViewGet = z.strictObject({ type: z.literal('queue/view'), filter: QueueFilter, limit: z.number().int().min(1).max(1000) });
/** The admin marks an item "no reply needed" or "answered elsewhere", or reopens it. */
export const QueueMarkSet = z.strictObject({ type: z.literal('queue/mark'), itemKey: ItemKey, kind: z.enum(['no-reply-needed', 'answered-elsewhere', 'reopen']) });
/** The admin corrects an item's category; rules never overwrite a correction. */
export const QueueCategorySet = z.strictObject({ type: z.literal('queue/category'), itemKey: ItemKey, category: QueueCategory });
/** The admin says which account the items seen on a platform belong to (asked once). */
export const QueueAccountSet = z.strictObject({ type: z.literal('queue/account'), platform: Platform, account: z.string().trim().min(1).max(200) });
/** Every episode opened on one day (in the account's zone), for a copy or an export. */
export const QueueDayGet = z.strictObject({ type: z.literal('queue/day'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** Broadcast by the background to open pages after each committed write to the queue. */
export const QueueChanged = z.strictObject({ type: z.literal('queue/changed') });

export const QueueEntry = z.object({
  episodeId: z.string(),
  itemKey: z.string(),
  platform: Platform,
  account: z.string(),
  kind: z.enum(['mention', 'comment', 'reply', 'dm']),
  category: QueueCategory,
  categorySource: z.enum(['rules', 'admin']),
  author: z.string(),
  snippet: z.string(),
  url: z.string(),
  itemCount: z.number().int(),
  openedAt: z.number(),
  approximate: z.boolean(),
  dueAt: z.number(),
  state: EpisodeStateSchema,
  firstResponseAt: z.number().optional(),
  responseTimeSource: z.enum(['platform', 'submit']).optional(),
  closedAt: z.number().optional(),
  /** IANA zone of the account (Asia/Jakarta, Asia/Makassar, Asia/Jayapura). */
  zone: z.string(),
  /** Time left to the target when the view was made (negative once past), on the target's clock. */
  remainingMs: z.number(),
  clock: z.enum(['working', 'wall']),
  /** Time to the first response (or the age so far) on both clocks. */
  wallMs: z.number(),
  workingMs: z.number(),
  status: z.enum(['in-time', 'late', 'pending', 'overdue']),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

const QuantileSchema = z.object({ ms: z.number(), atLeast: z.boolean() }).nullable();
export const QueueFigures = z.object({
  /** All open episodes now, and those past their target. */
  waiting: z.number().int(),
  overdue: z.number().int(),
  /** Episodes opened today that count for response times (marked ones do not). */
  episodes: z.number().int(),
  /** Too few episodes for a median: "data belum cukup". */
  insufficient: z.boolean(),
  median: z.object({ working: QuantileSchema, wall: QuantileSchema }),
  withinTargetShare: z.number().nullable(),
});
export type QueueFigures = z.infer<typeof QueueFigures>;

export const QueueViewReply = z.object({
  entries: z.array(QueueEntry),
  /** How many episodes match the filter (entries holds the first `limit`). */
  total: z.number().int(),
  recent: z.array(QueueEntry),
  figures: QueueFigures,
  platforms: z.array(Platform),
  accounts: z.array(z.string()),
  /** Platforms with items under "account not yet known". */
  unknownAccount: z.array(Platform),
  /** The last write that failed and was not stored. */
  writeError: z.object({ name: z.string(), at: z.number() }).optional(),
});
export type QueueViewReply = z.infer<typeof QueueViewReply>;

export const QueueDayReply = z.object({ date: z.string(), entries: z.array(QueueEntry) });
export type QueueDayReply = z.infer<typeof QueueDayReply>;

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
/** Sent by the report page: this browser's records merged with the team files imported here. */
export const ReportGet = z.strictObject({ type: z.literal('report/get') });

/** Sent by the report page with an admin's export file as text; a file that does not parse changes nothing. */
export const ReportImport = z.strictObject({ type: z.literal('report/import'), file: z.string().max(200 * 1024 * 1024) });

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
  QueueViewGet,
  QueueMarkSet,
  QueueCategorySet,
  QueueAccountSet,
  QueueDayGet,
  ReportGet,
  ReportImport,
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
  'queue/view': 'extension-page',
  'queue/mark': 'extension-page',
  'queue/category': 'extension-page',
  'queue/account': 'extension-page',
  'queue/day': 'extension-page',
  'report/get': 'extension-page',
  'report/import': 'extension-page',
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
  'queue/view': QueueViewReply;
  'queue/mark': { stored: true };
  'queue/category': { stored: true };
  'queue/account': { stored: true };
  'queue/day': QueueDayReply;
  'report/get': TeamView;
  'report/import': { ok: true; observers: string[]; items: number } | { ok: false; reason: string };
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
