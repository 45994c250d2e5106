import type { ReportExport } from '../tracker/exchange/schema';
import type { EpisodeRow, IncomingRow } from '../tracker/model';
import type { ReportRows } from '../tracker/report/rows';
import type { PilarDb } from './db';

/**
 * This browser's records as plain report rows: everything kept, for the report page to cut into
 * periods. Coverage hours are credited to this browser's observer id.
 */
export async function reportRows(db: PilarDb, observedBy: string): Promise<ReportRows> {
  return db.transaction('r', [db.incoming, db.replies, db.marks, db.episodes, db.outcomes, db.coverage], async () => {
    const [incoming, replies, marks, episodes, outcomes, coverage] = await Promise.all([
      db.incoming.toArray(),
      db.replies.toArray(),
      db.marks.toArray(),
      db.episodes.toArray(),
      db.outcomes.toArray(),
      db.coverage.toArray(),
    ]);
    return {
      incoming: incoming.map(({ thread: _thread, ...item }): IncomingRow => item),
      replies,
      marks,
      episodes: episodes.map(({ thread: _thread, dueAt: _due, ...episode }): EpisodeRow => episode),
      outcomes: outcomes.map(({ draftLength: _length, ...outcome }) => outcome),
      coverage: coverage.map((row) => ({ platform: row.platform as ReportRows['coverage'][number]['platform'], account: row.account, hourStart: row.hour, observedBy })),
      postStats: [],
    };
  });
}

/** Keeps an imported export; the same file imported twice is kept once. */
export async function storeImport(db: PilarDb, file: ReportExport, now: number): Promise<void> {
  const id = `${file.exportedBy.join('+')}@${file.exportedAt}`;
  await db.transaction('rw', db.imports, async () => {
    if ((await db.imports.get(id)) === undefined) await db.imports.add({ id, importedAt: now, file });
  });
}

export async function importedFiles(db: PilarDb): Promise<ReportExport[]> {
  return (await db.imports.toArray()).map((row) => row.file);
}
