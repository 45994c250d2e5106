import type { Platform } from '../../messaging/protocol';
import type { EpisodeRow, IncomingRow, MarkRow, ReplyRow } from '../model';

/**
 * The plain rows a report is computed from. Guard outcomes, coverage and post counts are plain
 * copies of what the store keeps, so a report computes the same in the extension, in Node (CLI) and
 * over a merged team export.
 */

/** A guard decision as stored (see `GuardOutcome` in the protocol), without the draft. */
export interface GuardRow {
  id: string;
  at: number;
  platform: Platform;
  editorKind: 'post' | 'reply' | 'comment' | 'dm';
  outcome: 'held' | 'published-clean' | 'published-warnings' | 'published-over-block' | 'cancelled' | 'unchecked';
  /** Rule ids such as `classified.nik`; the part before the first dot is the finding's category. */
  rules: string[];
  reason?: string;
  /** The item a reply answered, when the composer was linked to one. */
  replyTo?: string;
}

/** One clock hour in which an observer had Pilar open on an account's pages. */
export interface CoverageRow {
  platform: Platform;
  account: string;
  /** Start of the hour (ms since the epoch, a multiple of one hour). */
  hourStart: number;
  observedBy: string;
}

/** Counts the page showed on one of the account's own posts, the last time it was seen. */
export interface PostStatsRow {
  platform: Platform;
  account: string;
  postId: string;
  seenAt: number;
  likes?: number;
  replies?: number;
  reposts?: number;
}

export interface ReportRows {
  incoming: IncomingRow[];
  replies: ReplyRow[];
  marks: MarkRow[];
  episodes: EpisodeRow[];
  outcomes: GuardRow[];
  coverage: CoverageRow[];
  postStats: PostStatsRow[];
}

export const EMPTY_ROWS: ReportRows = { incoming: [], replies: [], marks: [], episodes: [], outcomes: [], coverage: [], postStats: [] };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;


/** Monday = 0 … Sunday = 6, and the hour, in the zone given by its offset. */
export function weekdayHour(at: number, offsetMs: number): { weekday: number; hour: number } {
  const local = new Date(at + offsetMs);
  return { weekday: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours() };
}

/** The arrival time that figures use: the platform's when exact, else the earliest it can be. */
export function arrivedAt(item: IncomingRow): number {
  return item.arrival.precision === 'exact' ? item.arrival.at : item.arrival.earliest;
}
