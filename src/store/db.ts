import { Dexie, type EntityTable } from 'dexie';
import type { GuardOutcome } from '../messaging/protocol';

/** A guard outcome as stored: the message minus its type tag. */
export type OutcomeRecord = Omit<GuardOutcome, 'type'>;

/**
 * Pilar's records, in the extension origin's IndexedDB. Only the background opens it (a content
 * script would open the site's database instead). Released versions are never edited: a change
 * adds `version(n + 1)` with its upgrade.
 */
export class PilarDb extends Dexie {
  outcomes!: EntityTable<OutcomeRecord, 'id'>;

  constructor(name = 'pilar') {
    // Strict: a record is on disk before the background acknowledges it (RS-19).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ outcomes: 'id, at, outcome' });
  }
}

let shared: PilarDb | undefined;

/** The background's one connection. */
export function database(): PilarDb {
  shared ??= new PilarDb();
  return shared;
}
