/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows Indonesian text right),
 * CRLF rows, and every text cell that a spreadsheet could run as a formula made inert.
 */

export const BOM = '\uFEFF';

export type CellValue = string | number | boolean | undefined;

// A cell starting with one of these runs as a formula in Excel, LibreOffice or Sheets (OWASP CSV
// injection); a leading apostrophe is escaped too, so reading back is exact.
const FORMULA_START = /^[=+\-@\t\r']/;

/** One cell: numbers as they are; text with a formula start behind an apostrophe; quoted when needed. */
export function csvCell(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(table: readonly (readonly CellValue[])[]): string {
  return BOM + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Reads what `toCsv` wrote (and plain RFC 4180 CSV) back into text cells. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    // Only an unquoted-looking formula escape is undone; a quoted cell was escaped the same way.
    row.push(cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += char;
    } else if (char === '"' && cell === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
    } else if (char === ',') endCell();
    else if (char === '\r' && source[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (char === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += char;
  }
  if (cell !== '' || row.length > 0 || wasQuoted) {
    endCell();
    rows.push(row);
  }
  return rows;
}
