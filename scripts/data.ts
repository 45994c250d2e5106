// The labelled evaluation data beside the project (../shared/data/dev), read the same way by the
// training scripts and the evaluations.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `shared/data/dev` in the nearest folder above the project that has one (a worktree sits deeper). */
function findDataDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared/data/dev');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return join(from, '../../shared/data/dev');
  }
}
export const DATA_DIR = process.env.PILAR_DATA_DIR ?? findDataDir(import.meta.dirname);

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

