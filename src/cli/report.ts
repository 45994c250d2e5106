import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Io } from './main';
import { MAX_EXPORT_CHARS, parseExport } from '../tracker/exchange/export';
import { exportOptions } from '../tracker/exchange/figures';
import { mergeExports } from '../tracker/exchange/merge';
import { reportCsv } from '../tracker/exchange/report-csv';
import type { ReportExport } from '../tracker/exchange/schema';
import { PERIOD_KINDS, type PeriodKind } from '../tracker/report/period';
import { buildReport } from '../tracker/report/report';
import { headlineFigures } from '../tracker/report/summary';

export const REPORT_HELP = `  pilar report merge FILE… [--out FILE] [--csv] [--period today|7d|30d]
      Merges the report exports of several admins into one team view (each item once, the
      earliest observation wins, conflicts listed). Writes the merged export (JSON, importable in
      the report page) or, with --csv, the episode CSV, to --out or stdout. With --out, prints
      the team's headline figures and conflicts as JSON. Exit 1 when a file cannot be read.
`;

interface MergeArgs {
  files: string[];
  out?: string;
  csv: boolean;
  period?: PeriodKind;
}

function parseMergeArgs(args: readonly string[]): MergeArgs | string {
  if (args[0] !== 'merge') return `unknown report command "${args[0] ?? ''}"; try "pilar report merge FILE…"`;
  const parsed: MergeArgs = { files: [], csv: false };
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--csv') parsed.csv = true;
    else if (arg === '--out') {
      const file = args[++i];
      if (!file) return '--out needs a FILE';
      parsed.out = file;
    } else if (arg === '--period') {
      const period = args[++i];
      if (!PERIOD_KINDS.includes(period as PeriodKind)) return '--period takes today, 7d or 30d';
      parsed.period = period as PeriodKind;
    } else if (arg.startsWith('--')) return `unknown option "${arg}"`;
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) return 'report merge needs at least one FILE';
  return parsed;
}

async function load(file: string): Promise<ReportExport | string> {
  try {
    if ((await stat(file)).size > MAX_EXPORT_CHARS) return 'the file is too large for a report export';
    const parsed = parseExport(await readFile(file, 'utf8'));
    return parsed.ok ? parsed.value : parsed.reason;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`;
  }
}

/** `pilar report merge`: returns the exit code; usage errors are reported by the caller's help. */
export async function reportCommand(args: readonly string[], io: Io): Promise<number | string> {
  const parsed = parseMergeArgs(args);
  if (typeof parsed === 'string') return parsed;
  const loaded = await Promise.all(parsed.files.map(load));
  const bad = parsed.files.flatMap((file, i) => (typeof loaded[i] === 'string' ? [`  ${file}: ${loaded[i]}\n`] : []));
  if (bad.length > 0) {
    io.stderr.write(`pilar: nothing merged; ${bad.length === 1 ? 'a file was' : 'some files were'} refused:\n${bad.join('')}`);
    return 1;
  }
  const { merged, conflicts } = mergeExports(loaded as ReportExport[]);
  const options = exportOptions(merged, parsed.period);
  const report = buildReport(merged.rows, options);
  const document = parsed.csv ? reportCsv(merged, merged.rows, report, options) : `${JSON.stringify(merged)}\n`;
  if (parsed.out === undefined) {
    io.stdout.write(document);
    if (conflicts.length > 0) io.stderr.write(`pilar: ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'} between the files (run with --out to list them)\n`);
    return 0;
  }
  await writeFile(parsed.out, document, 'utf8');
  io.stdout.write(`${JSON.stringify({ files: parsed.files.length, observers: merged.exportedBy, figures: headlineFigures(report), conflicts }, null, 2)}\n`);
  return 0;
}
