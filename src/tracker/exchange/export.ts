import type { ReportRows } from '../report/rows';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, ReportExport } from './schema';

export interface ExportMeta {
  appVersion: string;
  exportedBy: string;
  exportedAt: number;
  period: ReportExport['period'];
  timeZone: string;
  clock: ReportExport['clock'];
  targetMs: number;
  configHash: string;
}

export function toExport(rows: ReportRows, meta: ExportMeta): ReportExport {
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, ...meta, exportedBy: [meta.exportedBy], rows };
}

export type Parsed = { ok: true; value: ReportExport } | { ok: false; reason: string };

/** Exports larger than this are refused before parsing (a team's month is a few MB). */
export const MAX_EXPORT_CHARS = 200 * 1024 * 1024;

/**
 * Reads an export file, or says in one line why it cannot: not JSON, not a Pilar report, made by a
 * newer Pilar, or a row that does not fit (with its path).
 */
export function parseExport(source: string): Parsed {
  if (source.length > MAX_EXPORT_CHARS) return { ok: false, reason: 'the file is too large for a report export' };
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'not a Pilar report export (no "format": "pilar-report")' };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > EXPORT_SCHEMA_VERSION) {
    return { ok: false, reason: `made by a newer Pilar (schema version ${version}; this one reads ${EXPORT_SCHEMA_VERSION})` };
  }
  const parsed = ReportExport.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return { ok: false, reason: `$${path}: ${issue.message}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : ''}` };
}

/** Canonical JSON (keys sorted), so equal configs hash equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The config hash stamped on every export. */
export function configHash(config: unknown): Promise<string> {
  return sha256Hex(canonicalJson(config));
}
