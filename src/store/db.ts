import { Dexie, type EntityTable } from 'dexie';
import type { GuardOutcome } from '../messaging/protocol';
import type { ReportExport } from '../tracker/exchange/schema';
import type { EpisodeRow, IncomingRow, MarkRow, ReplyRow } from '../tracker/model';

/** A guard outcome as stored: the message minus its type tag. */
export type OutcomeRecord = Omit<GuardOutcome, 'type'>;

/** An incoming item as stored: `thread` (`platform|account|threadId`) groups a thread's items. */
export type StoredIncoming = IncomingRow & { thread: string };

/** An episode as stored: its thread, and when it is due (the target applied when it was derived). */
export type StoredEpisode = EpisodeRow & { thread: string; dueAt: number };

/** One hour in which a page of an account was observed (`platform|account|hour start`). */
export interface CoverageRow {
  key: string;
  platform: string;
  account: string;
  hour: number;
  observations: number;
}

/** A team member's report export, imported as it was (see `src/tracker/exchange`). */
export interface ImportRow {
  id: string;
  importedAt: number;
  file: ReportExport;
}

export interface SettingRow {
  key: string;
  value: string;
}

/**
 * Pilar's records, in the extension origin's IndexedDB. Only the background opens it (a content
 * script would open the site's database instead). Released versions are never edited: a change
 * adds `version(n + 1)` with its upgrade.
 */
export class PilarDb extends Dexie {
  outcomes!: EntityTable<OutcomeRecord, 'id'>;
  incoming!: EntityTable<StoredIncoming, 'key'>;
  replies!: EntityTable<ReplyRow, 'id'>;
  marks!: EntityTable<MarkRow, 'id'>;
  episodes!: EntityTable<StoredEpisode, 'id'>;
  coverage!: EntityTable<CoverageRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  imports!: EntityTable<ImportRow, 'id'>;

  constructor(name = 'pilar') {
    // Strict: a record is on disk before the background acknowledges it (RS-19).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ outcomes: 'id, at, outcome' });
    // The reply queue. Episodes are derived rows, rewritten per thread on every write; their
    // indexes make the open queue (by due time) and a day's list (by opening time) index ranges.
    this.version(2).stores({
      incoming: 'key, thread, [platform+account], firstSeenAt',
      replies: 'id, itemKey, sentAt',
      marks: 'id, itemKey, at',
      episodes: 'id, thread, [state+dueAt], [state+closedAt], openedAt',
      coverage: 'key, hour',
      settings: 'key',
    });
    // Team members' report exports, kept whole so the team view is a merge computed on reading.
    this.version(3).stores({ imports: 'id' });
  }
}

let shared: PilarDb | undefined;

/** The background's one connection. */
export function database(): PilarDb {
  shared ??= new PilarDb();
  return shared;
}
