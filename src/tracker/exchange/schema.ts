import { z } from 'zod';
import { Platform } from '../../messaging/protocol';
import { CATEGORIES } from '../model';
import { PERIOD_KINDS } from '../report/period';

/**
 * A report export: the rows behind the figures, stamped with what they were computed under, so a
 * team merge or a later reader can recompute the same figures. Bumped only with a migration.
 */
export const EXPORT_FORMAT = 'pilar-report';
export const EXPORT_SCHEMA_VERSION = 1;

const ms = z.number().int().min(0);
const id = z.string().min(1).max(400);
const text = (max: number) => z.string().max(max);

const Arrival = z.union([
  z.strictObject({ precision: z.literal('exact'), at: ms }),
  z.strictObject({ precision: z.literal('approximate'), earliest: ms, latest: ms }),
]);
const Kind = z.enum(['mention', 'comment', 'reply', 'dm']);
const Category = z.enum(CATEGORIES);

const Incoming = z.strictObject({
  key: id,
  platform: Platform,
  account: text(200),
  itemId: id,
  threadId: id,
  kind: Kind,
  author: text(200),
  snippet: text(280),
  url: text(2000),
  arrival: Arrival,
  firstSeenAt: ms,
  observedBy: text(200),
  category: Category,
  categoryEvidence: z.array(text(100)).max(50),
  categorySource: z.enum(['rules', 'admin']),
});

const Reply = z.strictObject({
  id,
  platform: Platform,
  account: text(200),
  itemKey: id,
  threadId: id,
  sentAt: ms,
  platformAt: ms.optional(),
  observedBy: text(200),
});

const Mark = z.strictObject({
  id,
  itemKey: id,
  kind: z.enum(['no-reply-needed', 'answered-elsewhere', 'reopen']),
  at: ms,
  observedBy: text(200),
});

const Episode = z.strictObject({
  id,
  platform: Platform,
  account: text(200),
  threadId: id,
  kind: Kind,
  category: Category,
  openedAt: ms,
  approximate: z.boolean(),
  itemKeys: z.array(id).min(1).max(10_000),
  state: z.enum(['open', 'answered', 'no-reply-needed', 'answered-elsewhere']),
  firstResponseAt: ms.optional(),
  responseTimeSource: z.enum(['platform', 'submit']).optional(),
  closedAt: ms.optional(),
  /** The reply or mark that closed the episode. */
  closedBy: id.optional(),
});

const Outcome = z.strictObject({
  id,
  at: ms,
  platform: Platform,
  editorKind: z.enum(['post', 'reply', 'comment', 'dm']),
  outcome: z.enum(['held', 'published-clean', 'published-warnings', 'published-over-block', 'cancelled', 'unchecked']),
  rules: z.array(text(100)).max(100),
  reason: text(2000).optional(),
  replyTo: text(400).optional(),
});

const Coverage = z.strictObject({ platform: Platform, account: text(200), hourStart: ms, observedBy: text(200) });

const PostStats = z.strictObject({
  platform: Platform,
  account: text(200),
  postId: id,
  seenAt: ms,
  likes: ms.optional(),
  replies: ms.optional(),
  reposts: ms.optional(),
});

export const ReportRowsSchema = z.strictObject({
  incoming: z.array(Incoming),
  replies: z.array(Reply),
  marks: z.array(Mark),
  episodes: z.array(Episode),
  outcomes: z.array(Outcome),
  coverage: z.array(Coverage),
  postStats: z.array(PostStats),
});

export const ReportExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  appVersion: text(40),
  /** Who exported: one browser's observer id, or the ids of a merged team view. */
  exportedBy: z.array(text(200)).min(1),
  exportedAt: ms,
  period: z.strictObject({ kind: z.enum(PERIOD_KINDS), start: ms, end: ms }),
  timeZone: text(64),
  clock: z.enum(['wall', 'working']),
  targetMs: ms,
  /** SHA-256 of the rule config in force, so a figure can be reproduced with the same targets. */
  configHash: text(128),
  rows: ReportRowsSchema,
  /** Every observer who saw each item (item key → observer ids), kept through team merges. */
  observations: z.record(id, z.array(text(200)).min(1)).optional(),
});
export type ReportExport = z.infer<typeof ReportExport>;
