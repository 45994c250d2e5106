// `npx tsx scripts/eval/categories.ts` (also part of `npm run eval`): how well the rule-based
// categories of citizen messages match the labels in ../shared/data/dev/citizen_messages_dev.jsonl.
// The set is split once, stratified by label with a fixed seed, into a tuning half (the only half
// the rules were tuned on) and a blind half; both are reported. `--errors` lists the tuning half's
// misses (never the blind half's).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categorize } from '../../src/tracker/categorize';
import { CATEGORIES } from '../../src/tracker/model';
import { DATA_DIR } from '../data';
import { assignFolds, printScore, score } from '../train/linear';

const SPLIT_SEED = 20261204;

interface Row {
  id: string;
  text: string;
  category: string;
}

// PILAR_DATA_DIR points elsewhere when the checkout does not sit beside ../shared.
const rows: Row[] = readFileSync(join(process.env.PILAR_DATA_DIR ?? DATA_DIR, 'citizen_messages_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
const half = assignFolds(rows, (r) => r.id, (r) => r.category, 2, SPLIT_SEED);

// `--tuning` prints the tuning half only, for work on the rules.
const halves = process.argv.includes('--tuning') ? ([['tuning', 0]] as const) : ([['tuning', 0], ['blind', 1]] as const);
for (const [name, fold] of halves) {
  const part = rows.filter((_, i) => half[i] === fold);
  const predicted = part.map((row) => categorize(row.text).category);
  const result = score(CATEGORIES, part.map((row) => row.category), predicted);
  printScore(`Citizen message categories, ${name} half (${part.length} messages, split seed ${SPLIT_SEED})`, result);
  const aduan = result.per.find((r) => r.label === 'aduan')!;
  console.log(`  aduan recall ${aduan.recall.toFixed(3)} (target ≥ 0.90); macro-F1 target ≥ 0.80`);
  if (name === 'tuning' && process.argv.includes('--errors')) {
    part.forEach((row, i) => {
      if (predicted[i] !== row.category) {
        const { scores, evidence } = categorize(row.text);
        console.log(`    ${row.id} gold ${row.category} got ${predicted[i]} ${JSON.stringify(scores)} [${evidence.join(', ')}] ${row.text}`);
      }
    });
  }
}
