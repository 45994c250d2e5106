// `npx tsx scripts/eval/tone.ts`: precision, recall and F1 of the tone analysis and rules on the dev
// data in ../shared/data/dev.
//  - Sentiment (SmSA) and formality (STIF): 5-fold cross-validation with the training script's
//    folds and options, so every row is scored by a model that never saw it; sentiment is scored
//    both as the raw model and with the shipped decision (negative-cue rule). The sentiment and
//    formality folds also train on the project’s own official sentences, as the shipped models do.
//  - tone.abusive against the Abusive label and tone.hate against HS of Ibrohim & Budi (2019).
//    That set is CC BY-NC-SA: it is only read here, never trained on or copied.
import { join } from 'node:path';
import { check } from '../../src/checks';
import { normalize } from '../../src/checks/normalize';
import { calibrateSentiment, hasNegativeCue, SENTIMENT_LABELS } from '../../src/checks/tone/analyze';
import { LinearModel } from '../../src/checks/tone/model';
import { assignFolds, printScore, score, train } from '../train/linear';
import { DATA_DIR, readCsv } from '../data';
import { OFFICIAL_NEUTRAL } from '../train/official-neutral';
import { FORMALITY_OPTIONS, SENTIMENT_OPTIONS, type ModelOptions } from '../train/options';

const FOLDS = 5;

function argmax(p: Record<string, number>): string {
  return Object.entries(p).reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** Held-out probabilities per row, from fold models trained like the shipped one. */
function heldOut(rows: { text: string; label: string }[], fold: number[], options: ModelOptions, extra: { text: string; label: string }[] = []): Float64Array[] {
  const out: Float64Array[] = new Array(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = new LinearModel(train([...rows.filter((_, i) => fold[i] !== f), ...extra], options));
    rows.forEach((row, i) => {
      if (fold[i] === f) out[i] = Float64Array.from(model.predict(row.text));
    });
  }
  return out;
}

const smsa = readCsv(join(DATA_DIR, 'smsa_sentiment.csv')).map((r) => ({ id: r.id!, text: normalize(r.text!).text, label: r.label! }));
// The training script's own neutral official sentences join every training fold, as there.
const official = OFFICIAL_NEUTRAL.map((text) => ({ text: normalize(text).text, label: 'neutral' }));
const smsaProbabilities = heldOut(smsa, assignFolds(smsa, (r) => r.id, (r) => r.label, FOLDS, SENTIMENT_OPTIONS.foldSeed), SENTIMENT_OPTIONS, official);
const gold = smsa.map((r) => r.label);
const raw = smsaProbabilities.map((p) => SENTIMENT_LABELS[p.indexOf(Math.max(...p))]!);
const shipped = smsaProbabilities.map((p, i) => argmax(calibrateSentiment(p, hasNegativeCue(smsa[i]!.text))));
printScore(`Sentiment, SmSA, ${FOLDS}-fold held-out (${smsa.length} rows): raw model`, score(SENTIMENT_LABELS, gold, raw));
printScore('Sentiment, SmSA, same folds: shipped decision (negative without a cue word mostly read as neutral)', score(SENTIMENT_LABELS, gold, shipped));

const stif = readCsv(join(DATA_DIR, 'formality_stif.csv')).map((r) => ({ pair: r.pair_id!, text: normalize(r.text!).text, label: r.label! }));
const stifProbabilities = heldOut(
  stif,
  assignFolds(stif, (r) => r.pair, (r) => r.label, FOLDS, FORMALITY_OPTIONS.foldSeed),
  FORMALITY_OPTIONS,
  official.map((row) => ({ ...row, label: 'formal' })),
);
printScore(
  `Formality, STIF, ${FOLDS}-fold held-out (${stif.length} rows, pairs kept together)`,
  score(FORMALITY_OPTIONS.labels, stif.map((r) => r.label), stifProbabilities.map((p) => FORMALITY_OPTIONS.labels[p[0]! >= p[1]! ? 0 : 1]!)),
);

const tweets = readCsv(join(DATA_DIR, 'hate_abusive_multilabel.csv'));
// The set writes line breaks as a literal backslash-n; a draft would have real ones.
const fired = tweets.map((t) => new Set(check(t.text!.replaceAll('\\n', '\n')).findings.map((f) => f.rule)));
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const binary = (title: string, goldOf: (i: number) => boolean, predictedOf: (i: number) => boolean) => {
  const result = score(['yes'], tweets.map((_, i) => yesNo(goldOf(i))), tweets.map((_, i) => yesNo(predictedOf(i))));
  const r = result.per[0]!;
  console.log(`${title}\n  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  accuracy ${result.accuracy.toFixed(3)}`);
};
console.log(`\nIbrohim & Budi hate/abusive tweets (${tweets.length} rows; rules only, nothing trained on them)`);
binary('tone.abusive fires  vs  Abusive = 1', (i) => tweets[i]!.Abusive === '1', (i) => fired[i]!.has('tone.abusive'));
binary(
  'tone.abusive or tone.hate fires  vs  Abusive = 1 (group slurs such as "cebong", "kafir" are abusive there; here tone.hate reports them)',
  (i) => tweets[i]!.Abusive === '1',
  (i) => fired[i]!.has('tone.abusive') || fired[i]!.has('tone.hate'),
);
binary('tone.hate fires  vs  HS = 1', (i) => tweets[i]!.HS === '1', (i) => fired[i]!.has('tone.hate'));
binary(
  'tone.hate or tone.abusive fires  vs  HS = 1 (HS there includes insults aimed at one person, HS_Individual)',
  (i) => tweets[i]!.HS === '1',
  (i) => fired[i]!.has('tone.hate') || fired[i]!.has('tone.abusive'),
);
binary('tone.hate fires  vs  HS_Group = 1 (hate aimed at a group: what tone.hate is for)', (i) => tweets[i]!.HS_Group === '1', (i) => fired[i]!.has('tone.hate'));

// Where HS is caught and missed: recall of tone.hate or tone.abusive per HS target and category,
// and how many flagged rows are abusive but not hate speech there (a floor on false positives for
// the HS line above, since tone.abusive must fire on them).
const hsRows = tweets.map((t, i) => ({ t, hit: fired[i]!.has('tone.hate') || fired[i]!.has('tone.abusive') })).filter((r) => r.t.HS === '1');
console.log('\nHS = 1 rows caught by tone.hate or tone.abusive, by label');
for (const label of ['HS_Individual', 'HS_Group', 'HS_Religion', 'HS_Race', 'HS_Physical', 'HS_Gender', 'HS_Other', 'HS_Weak', 'HS_Moderate', 'HS_Strong']) {
  const rows = hsRows.filter((r) => r.t[label] === '1');
  const caught = rows.filter((r) => r.hit).length;
  console.log(`  ${label.padEnd(14)} ${String(caught).padStart(5)} / ${String(rows.length).padEnd(5)} recall ${(caught / Math.max(1, rows.length)).toFixed(3)}`);
}
const abusiveNotHs = tweets.filter((t, i) => t.HS === '0' && t.Abusive === '1' && fired[i]!.has('tone.abusive')).length;
const otherFp = tweets.filter((t, i) => t.HS === '0' && t.Abusive === '0' && (fired[i]!.has('tone.abusive') || fired[i]!.has('tone.hate'))).length;
console.log(`  flagged with HS = 0: ${abusiveNotHs} abusive (Abusive = 1, expected to fire), ${otherFp} neither`);
