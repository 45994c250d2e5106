import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { formatProblems, type ConfigProblem } from '../config/parse';
import type { RuleConfig } from '../config/schema';
import { DEFAULT_CONFIG } from '../config/schema';
import { categorize, type Categorization } from '../tracker/categorize';
import type { Category } from '../tracker/model';
import { readDraftLine } from './jsonl';
import type { Io } from './main';

/**
 * `pilar categorize`: the category of citizen messages, as the side panel gives it. `--jsonl` reads
 * {"id", "text"} lines and writes {"id", "category", "evidence"} lines; plain text in gives one
 * readable line out. `--config FILE` adds the team's category words.
 */

export const CATEGORIZE_HELP = `  pilar categorize [--config FILE] [--jsonl] [--lang id|en]
      Reads stdin. Without --jsonl, stdin is one citizen message and its category is printed with
      the words that decided it. With --jsonl, each input line is {"id", "text"} and each output
      line is {"id", "category", "evidence"}; a bad line gives {"id", "error"}.
`;

type Loaded = { ok: true; config: RuleConfig } | { ok: false; problems: ConfigProblem[] };

const NAMES: Record<'id' | 'en', Record<Category, string>> = {
  id: { aduan: 'aduan', pertanyaan: 'pertanyaan', aspirasi: 'aspirasi', apresiasi: 'apresiasi', lainnya: 'lainnya' },
  en: { aduan: 'complaint', pertanyaan: 'question', aspirasi: 'suggestion', apresiasi: 'praise', lainnya: 'other' },
};

/** One readable line: "Kategori: aduan · bukti: "rusak", "sudah 3 hari"". */
export function formatCategory(result: Categorization, lang: 'id' | 'en'): string {
  const name = NAMES[lang][result.category];
  const evidence = result.evidence.map((word) => `"${word}"`).join(', ');
  if (lang === 'en') return `Category: ${name}${evidence ? ` · evidence: ${evidence}` : ' · no evidence words (nothing to answer)'}\n`;
  return `Kategori: ${name}${evidence ? ` · bukti: ${evidence}` : ' · tanpa kata bukti (tidak perlu dijawab)'}\n`;
}

export async function categorizeCommand(args: readonly string[], io: Io, loadConfig: (file: string) => Promise<Loaded>): Promise<number> {
  let jsonl = false;
  let lang: 'id' | 'en' = 'id';
  let configFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--jsonl') jsonl = true;
    else if (flag === '--lang') {
      const chosen = value();
      if (chosen !== 'id' && chosen !== 'en') return usage(io, '--lang takes id or en');
      lang = chosen;
    } else if (flag === '--config') {
      const file = value();
      if (!file) return usage(io, '--config needs a FILE');
      configFile = file;
    } else return usage(io, `unknown option "${arg}"`);
  }

  let config = DEFAULT_CONFIG;
  if (configFile !== undefined) {
    const loaded = await loadConfig(configFile);
    if (!loaded.ok) {
      io.stderr.write(`pilar: --config ${configFile} is not usable:\n${formatProblems(loaded.problems, lang)}`);
      return 2;
    }
    config = loaded.config;
  }
  const words = config.responses.categories.words;

  if (jsonl) {
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      io.stdout.write(`${JSON.stringify(categorizeLine(line, words))}\n`);
    }
    return 0;
  }
  if ('isTTY' in io.stdin && io.stdin.isTTY) {
    io.stderr.write(lang === 'en' ? 'Type or paste the message, then Ctrl-D.\n' : 'Ketik atau tempel pesan warga, lalu Ctrl-D.\n');
  }
  io.stdout.write(formatCategory(categorize(await readAll(io.stdin), words), lang));
  return 0;
}

function categorizeLine(line: string, words: RuleConfig['responses']['categories']['words']): object {
  const draft = readDraftLine(line);
  if ('error' in draft) return draft.error;
  const { category, evidence } = categorize(draft.text, words);
  return { ...draft.withId, category, evidence };
}

function usage(io: Io, message: string): number {
  io.stderr.write(`pilar: ${message}\n\nUsage:\n${CATEGORIZE_HELP}`);
  return 2;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
