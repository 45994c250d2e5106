import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { check } from '../checks';
import { savedReplyProblems } from '../config/check-replies';
import { problemText } from '../config/messages';
import { formatProblems, parseConfig, type ConfigProblem } from '../config/parse';
import { DEFAULT_CONFIG, type RuleConfig } from '../config/schema';
import { CATEGORIZE_HELP, categorizeCommand } from './categorize';
import { REPORT_HELP, reportCommand } from './report';
import { readDraftLine } from './jsonl';
import { formatSummary } from './summary';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** RS-08: a config document larger than this is refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const HELP = `pilar — memeriksa draf unggahan akun media sosial instansi pemerintah
         checks drafts for the social-media accounts of Indonesian government bodies

Usage:
  pilar check [--config FILE] [--jsonl] [--lang id|en]
      Reads stdin. Without --jsonl, stdin is one draft and a readable summary is printed
      (Indonesian; --lang en for English). With --jsonl, each input line is {"id", "text"} and
      each output line is the JSON report with the same id; a bad line gives {"id", "error"}.
${CATEGORIZE_HELP}  pilar config validate FILE [--lang id|en]
      Prints every problem with its JSON path, and checks every saved reply with the engine
      (a blocking finding in one is a problem). Exit 0 and "valid" when the config is good.
${REPORT_HELP}  pilar --help

Exit codes: 0 done · 1 invalid config (config validate) · 2 usage error or unusable --config file.
`;

type Parsed =
  | { command: 'help' }
  | { command: 'check'; configFile?: string; jsonl: boolean; lang: 'id' | 'en' }
  | { command: 'validate'; file: string; lang: 'id' | 'en' }
  | { command: 'usage'; message: string };

export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  if (argv[0] === 'categorize' && !argv.includes('--help') && !argv.includes('-h')) return categorizeCommand(argv.slice(1), io, loadConfig);
  if (argv[0] === 'report' && !argv.includes('--help')) {
    const code = await reportCommand(argv.slice(1), io);
    if (typeof code === 'number') return code;
    io.stderr.write(`pilar: ${code}\n\n${HELP}`);
    return 2;
  }
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'usage':
      io.stderr.write(`pilar: ${parsed.message}\n\n${HELP}`);
      return 2;
    case 'validate':
      return validate(parsed.file, parsed.lang, io);
    case 'check': {
      let config = DEFAULT_CONFIG;
      if (parsed.configFile !== undefined) {
        const loaded = await loadConfig(parsed.configFile);
        if (!loaded.ok) {
          const heading = parsed.lang === 'en' ? 'is not usable' : 'tidak dapat dipakai';
          io.stderr.write(`pilar: --config ${parsed.configFile} ${heading}:\n${formatProblems(loaded.problems, parsed.lang)}`);
          return 2;
        }
        config = loaded.config;
      }
      if ('isTTY' in io.stdin && io.stdin.isTTY) {
        io.stderr.write(parsed.lang === 'en' ? 'Type or paste the draft, then Ctrl-D.\n' : 'Ketik atau tempel draf, lalu Ctrl-D.\n');
      }
      if (parsed.jsonl) await checkLines(config, io);
      else {
        const text = await readAll(io.stdin);
        io.stdout.write(formatSummary(text, check(text, config), parsed.lang, config.thresholds.pillarCovered));
      }
      return 0;
    }
  }
}

function parseArgs(argv: readonly string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return { command: 'usage', message: 'no command given' };
  if (command === 'config') {
    if (rest[0] !== 'validate') return { command: 'usage', message: `unknown config command "${rest[0] ?? ''}"; try "pilar config validate FILE"` };
    const args = rest.slice(1);
    let lang: 'id' | 'en' = 'id';
    const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
    if (at >= 0) {
      const value = args[at]!.includes('=') ? args[at]!.slice('--lang='.length) : args[at + 1];
      if (value !== 'id' && value !== 'en') return { command: 'usage', message: '--lang takes id or en' };
      lang = value;
      args.splice(at, args[at]!.includes('=') ? 1 : 2);
    }
    if (args.length !== 1) return { command: 'usage', message: 'config validate takes exactly one FILE' };
    return { command: 'validate', file: args[0]!, lang };
  }
  if (command !== 'check') return { command: 'usage', message: `unknown command "${command}"` };

  const options: Parsed & { command: 'check' } = { command: 'check', jsonl: false, lang: 'id' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--jsonl') options.jsonl = true;
    else if (flag === '--config') {
      const file = value();
      if (!file) return { command: 'usage', message: '--config needs a FILE' };
      options.configFile = file;
    } else if (flag === '--lang') {
      const lang = value();
      if (lang !== 'id' && lang !== 'en') return { command: 'usage', message: '--lang takes id or en' };
      options.lang = lang;
    } else return { command: 'usage', message: `unknown option "${arg}"` };
  }
  return options;
}

async function validate(file: string, lang: 'id' | 'en', io: Io): Promise<number> {
  const loaded = await loadConfig(file);
  const problems = loaded.ok ? savedReplyProblems(loaded.config) : loaded.problems;
  if (problems.length === 0) {
    io.stdout.write(`${file}: ${lang === 'en' ? 'valid' : 'sah'}\n`);
    return 0;
  }
  const count = lang === 'en' ? `${problems.length} problem${problems.length === 1 ? '' : 's'}` : `${problems.length} masalah`;
  io.stdout.write(`${file}: ${count}\n${formatProblems(problems, lang)}`);
  return 1;
}

type Loaded = { ok: true; config: RuleConfig } | { ok: false; problems: ConfigProblem[] };

async function loadConfig(file: string): Promise<Loaded> {
  const fail = (message: ConfigProblem['message']): Loaded => ({ ok: false, problems: [{ path: '$', message }] });
  let source: string;
  try {
    if ((await stat(file)).size > MAX_CONFIG_BYTES) return fail(problemText.tooLarge(MAX_CONFIG_BYTES));
    source = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? problemText.notFound() : problemText.cannotRead(code ?? String(error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return fail(problemText.notJson(error instanceof Error ? error.message : String(error)));
  }
  return parseConfig(json);
}

/** One report per input line, in order; a bad line is answered with an error and the run goes on. */
/**
 * Reports are written together: one write per line costs more than a short draft's check. What is
 * pending goes out as soon as the input waits, so a caller feeding one line at a time still gets
 * each answer at once.
 */
async function checkLines(config: RuleConfig, io: Io): Promise<void> {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending !== '') io.stdout.write(pending);
    pending = '';
  };
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    pending += `${JSON.stringify(checkLine(line, config))}\n`;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  flush();
}

function checkLine(line: string, config: RuleConfig): object {
  const draft = readDraftLine(line);
  if ('error' in draft) return draft.error;
  return { ...draft.withId, ...check(draft.text, config) };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
