import type { Handlers } from '../messaging/router';
import type { PilarDb } from '../store/db';
import { importedFiles, reportRows, storeImport } from '../store/report';
import { configHash, parseExport, toExport } from '../tracker/exchange/export';
import { mergeExports } from '../tracker/exchange/merge';

export interface ReportDeps {
  db: () => PilarDb;
  now: () => number;
  observer: () => Promise<string>;
  appVersion: () => string;
  /** The rule config in force, whose hash is stamped on exports. */
  config: () => unknown;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The report page's side of the background: this browser's records as an export, merged with the
 * team files imported here; and the import itself, which keeps a file only when it parses whole.
 */
export function reportHandlers(deps: ReportDeps): Pick<Handlers, 'report/get' | 'report/import'> {
  return {
    'report/get': async () => {
      const db = deps.db();
      const [observedBy, rows, imports, hash] = await Promise.all([deps.observer(), deps.observer().then((id) => reportRows(db, id)), importedFiles(db), configHash(deps.config())]);
      const now = deps.now();
      const own = toExport(rows, {
        appVersion: deps.appVersion(),
        exportedBy: observedBy,
        exportedAt: now,
        period: { kind: '30d', start: now - 30 * DAY, end: now },
        timeZone: 'Asia/Jakarta',
        clock: 'wall',
        targetMs: HOUR,
        configHash: hash,
      });
      // The team view is as of now, even when every imported file is older.
      return mergeExports([own, ...imports.map((file) => ({ ...file, exportedAt: Math.min(file.exportedAt, now) }))]);
    },
    'report/import': async ({ file }) => {
      const parsed = parseExport(file);
      if (!parsed.ok) return parsed;
      await storeImport(deps.db(), parsed.value, deps.now());
      return { ok: true, observers: parsed.value.exportedBy, items: parsed.value.rows.incoming.length };
    },
  };
}
