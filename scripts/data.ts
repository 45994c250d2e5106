// The labelled evaluation data beside the project (../shared/data/dev), read the same way by the
// training scripts and the evaluations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Beside the repository (../shared), or beside the folder of working copies that holds it;
// PILAR_DATA_DIR overrides both.
export const DATA_DIR =
  process.env.PILAR_DATA_DIR ??
  [join(import.meta.dirname, '../../shared/data/dev'), join(import.meta.dirname, '../../../shared/data/dev')].find((dir) => existsSync(dir)) ??
  join(import.meta.dirname, '../../shared/data/dev');

/** RFC 4180 CSV with a header row → one record per row. */
export function readCsv(path: string): Record<string, string>[] {
  const source = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  const [header, ...body] = rows;
  return body.filter((r) => r.length === header!.length).map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k]!])));
}

/** Mulberry32: a small seeded generator, so splits and shuffles are the same on every run. */
