import type { Platform } from '../messaging/protocol';

/**
 * The reply queue's plain rows: what the content scripts observed, what the admins sent and marked.
 * Everything else (episodes, metrics, reports) is a pure function over these rows, so the order in
 * which observations reach the background never changes a figure, and a merged team export is the
 * same rows from several browsers.
 */

export const CATEGORIES = ['aduan', 'pertanyaan', 'aspirasi', 'apresiasi', 'lainnya'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What an incoming item is on its platform. */
export type ItemKind = 'mention' | 'comment' | 'reply' | 'dm';

/** The account key for items seen before the page (or the admin) said which account is acting. */
export const UNKNOWN_ACCOUNT = '';

/**
 * When an item arrived: the platform's own time where the page shows it exactly, or the range that
 * a relative time ("2 j", "kemarin") allows, read at the moment it was seen.
 */
export type Arrival =
  | { precision: 'exact'; at: number }
  | { precision: 'approximate'; earliest: number; latest: number };

/** One incoming item, keyed by `(platform, account, itemId)`; `itemId` comes from its permalink. */
export interface IncomingRow {
  key: string;
  platform: Platform;
  /** Lower-case handle or page id of the agency account; `UNKNOWN_ACCOUNT` until known. */
  account: string;
  itemId: string;
  /** The conversation the item belongs to (the post it comments on, the DM thread). */
  threadId: string;
  kind: ItemKind;
  author: string;
  /** At most 280 characters of the item's text. */
  snippet: string;
  url: string;
  arrival: Arrival;
  /** The earliest time any observer saw the item. */
  firstSeenAt: number;
  /** Who saw it first (a per-browser id), kept for team merges. */
  observedBy: string;
  category: Category;
  /** The words that decided the category. */
  categoryEvidence: string[];
  /** `admin` once an admin corrected the category; a correction is never overwritten by rules. */
  categorySource: 'rules' | 'admin';
}

/** A reply the admin sent from a composer linked to an item (it passed the guard). */
export interface ReplyRow {
  /** The guard outcome's id. */
  id: string;
  platform: Platform;
  account: string;
  /** The item answered. */
  itemKey: string;
  threadId: string;
  /** Submit time. */
  sentAt: number;
  /** The platform's own time, once the reply showed up on the page. */
  platformAt?: number;
  observedBy: string;
}

export type MarkKind = 'no-reply-needed' | 'answered-elsewhere' | 'reopen';

/** An admin's mark on an item; the latest mark of an item decides its state. */
export interface MarkRow {
  id: string;
  itemKey: string;
  kind: MarkKind;
  at: number;
  observedBy: string;
}

export type EpisodeState = 'open' | 'answered' | 'no-reply-needed' | 'answered-elsewhere';

/**
 * One wait for a reply: it opens at the first unanswered incoming item of a thread and closes with
 * the first qualifying reply (or a mark). Follow-ups before the reply join it.
 */
export interface EpisodeRow {
  /** `<first item key>#<n>`: stable across recomputation. */
  id: string;
  platform: Platform;
  account: string;
  threadId: string;
  kind: ItemKind;
  category: Category;
  /** Arrival of the first item (the earliest possible time when approximate). */
  openedAt: number;
  approximate: boolean;
  itemKeys: string[];
  state: EpisodeState;
  /** Set when state is `answered`. */
  firstResponseAt?: number;
  /** Whether `firstResponseAt` is the platform's time or still the submit time. */
  responseTimeSource?: 'platform' | 'submit';
  closedAt?: number;
  /** The reply or mark id that closed the episode. */
  closedBy?: string;
}
