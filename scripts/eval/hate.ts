// Hate speech and abuse on the Ibrohim & Budi (2019) tweets in ../shared/data/dev, split once into a
// tuning half and a blind half (scripts/halves.ts), both printed. CC BY-NC-SA: read here to measure
// only; nothing is trained on it, and no row or word list from it goes into Pilar.
//   HS F1: tone.hate or tone.insult fires vs HS = 1 (HS there covers SARA hate and attacks on persons).
//   Abusive F1: tone.abusive fires vs Abusive = 1.
// Run: npx tsx scripts/eval/hate.ts [--misses tune]
import { join } from 'node:path';
import { check } from '../../src/checks';
import { DATA_DIR, readCsv } from '../data';
import { HALVES, splitHalves, type Half } from '../halves';

const tweets = readCsv(join(DATA_DIR, 'hate_abusive_multilabel.csv'));
const half = splitHalves(tweets, (t) => t.id!, (t) => `${t.HS}${t.Abusive}`);
// The set writes line breaks as a literal backslash-n and replaced every @mention with "USER"; a
// draft would have real line breaks and mentions, so both are restored before checking.
const asDraft = (text: string) => text.replaceAll('\\n', '\n').replace(/\bUSER\b/g, '@user');
const fired = new Map(tweets.map((t) => [t, new Set(check(asDraft(t.text!)).findings.map((f) => f.rule))]));

function f1(rows: Record<string, string>[], gold: (t: Record<string, string>) => boolean, predicted: (t: Record<string, string>) => boolean) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of rows) {
    const g = gold(t);
    const p = predicted(t);
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return `F1 ${((2 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(3)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)})`.padEnd(30);
}

const byHalf = (h: Half) => tweets.filter((t) => half.get(t) === h);
const hs = (t: Record<string, string>) => fired.get(t)!.has('tone.hate') || fired.get(t)!.has('tone.insult');
const lines: [string, (t: Record<string, string>) => boolean, (t: Record<string, string>) => boolean][] = [
  ['HS: hate or insult (≥ 0.70)', (t) => t.HS === '1', hs],
  ['  HS_Group: tone.hate', (t) => t.HS_Group === '1', (t) => fired.get(t)!.has('tone.hate')],
  ['  HS_Individual: tone.insult', (t) => t.HS_Individual === '1', (t) => fired.get(t)!.has('tone.insult')],
  ['Abusive: tone.abusive (≥ 0.88)', (t) => t.Abusive === '1', (t) => fired.get(t)!.has('tone.abusive')],
];
console.log(`Ibrohim & Budi tweets: ${tweets.length} rows, tune ${byHalf('tune').length} / blind ${byHalf('blind').length} (rules only, nothing trained on them)`);
console.log(`  ${''.padEnd(32)} ${HALVES.map((h) => h.padEnd(30)).join(' ')}`);
for (const [label, gold, predicted] of lines) console.log(`  ${label.padEnd(32)} ${HALVES.map((h) => f1(byHalf(h), gold, predicted)).join(' ')}`);

const argAt = process.argv.indexOf('--misses');
if (argAt > 0) {
  // Only the tuning half is ever shown, so the blind half stays unread.
  const rows = byHalf('tune');
  const show = (title: string, list: Record<string, string>[]) => console.log(`\n${title} (${list.length}):\n` + list.slice(0, 60).map((t) => `  ${t.id} [${[...fired.get(t)!].join(',')}] ${t.text!.slice(0, 160)}`).join('\n'));
  show('HS missed', rows.filter((t) => t.HS === '1' && !hs(t)));
  show('HS false', rows.filter((t) => t.HS === '0' && hs(t)));
  show('Abusive missed', rows.filter((t) => t.Abusive === '1' && !fired.get(t)!.has('tone.abusive')));
  show('Abusive false', rows.filter((t) => t.Abusive === '0' && fired.get(t)!.has('tone.abusive')));
}
