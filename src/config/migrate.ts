import type { LocalizedText } from '../checks/types';
import { problemText } from './messages';
import { SCHEMA_VERSION } from './schema';

type Document = Record<string, unknown>;

/**
 * One step from version `n` to `n + 1`, on the raw document (before validation), so a file written
 * for an older Pilar keeps working. Each step returns a new object and never drops a team's data.
 */
const STEPS: Record<number, (document: Document) => Document> = {
  // v2 added uiLanguage, guard and templates; every v1 field keeps its meaning and place.
  1: (document) => ({ ...document, schemaVersion: 2 }),
};

export type Migrated = { ok: true; document: unknown; from: number } | { ok: false; message: LocalizedText };

/**
 * Brings a config document to the current schema version. A document without `schemaVersion` is
 * read as version 1, the first published one. Anything that is not an object, or whose version is
 * not a whole number, is passed on unchanged for the schema to report.
 */
export function migrate(json: unknown): Migrated {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: true, document: json, from: SCHEMA_VERSION };
  let document = json as Document;
  const version = document.schemaVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: true, document, from: SCHEMA_VERSION };
  if (version > SCHEMA_VERSION) return { ok: false, message: problemText.newerVersion(version, SCHEMA_VERSION) };
  for (let step = version; step < SCHEMA_VERSION; step++) document = STEPS[step]!(document);
  return { ok: true, document, from: version };
}
