// `npx tsx scripts/eval/governance.ts`: the engine on the government drafts written for Pilar
// (governance_dev.jsonl), reported for the tuning half and the blind half (scripts/governance.ts)
// side by side. Only the tuning half may be looked at row by row; the blind half is reported as is.
//  - pillars: macro-F1 over the three pillars (covered = score ≥ 0.5) and recall per pillar;
//  - principles: micro-F1 over every (draft, principle) pair, and F1 per principle;
//  - tone rules: the share of expected rules raised (per rule), and false raises (a rule the row
//    forbids, raised) over all forbidden (draft, rule) pairs;
//  - sentiment macro-F1 with positive recall, and formality accuracy.
// `--rows` prints the tuning half's misses.
import { check } from '../../src/checks';
import { PILLARS, PRINCIPLES } from '../../src/checks/types';
import { readGovernance, type GovernanceRow, type Half } from '../governance';

const COVERED = 0.5;
const TONE_RULES = ['tone.stiff', 'tone.clickbait', 'tone.shouting', 'tone.humor-in-tragedy', 'tone.abusive', 'tone.hate'];
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = ({ tp, fp, fn }: Counts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const recall = ({ tp, fn }: Counts) => (tp + fn === 0 ? NaN : tp / (tp + fn));
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function add(c: Counts, gold: boolean, predicted: boolean) {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}
const fmt = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

export interface GovernanceFigures {
  rows: number;
  pillarMacroF1: number;
  pillarRecall: Record<string, number>;
  principleMicroF1: number;
  principleF1: Record<string, number>;
  toneRaised: number;
  toneRaisedPer: Record<string, string>;
  falseRaise: number;
  falseRaisePer: Record<string, number>;
  sentimentMacroF1: number;
  positiveRecall: number;
  formalityAccuracy: number;
}

export function evaluate(rows: GovernanceRow[], misses?: string[]): GovernanceFigures {
  const pillar = Object.fromEntries(PILLARS.map((p) => [p, counts()]));
  const principle = Object.fromEntries(PRINCIPLES.map((p) => [p, counts()]));
  const micro = counts();
  const expected = Object.fromEntries(TONE_RULES.map((r) => [r, { raised: 0, of: 0 }]));
  const forbidden = Object.fromEntries(TONE_RULES.map((r) => [r, { raised: 0, of: 0 }]));
  const sentiment = Object.fromEntries(SENTIMENTS.map((s) => [s, counts()]));
  let formalRight = 0;
  for (const row of rows) {
    const report = check(row.text);
    const fired = new Set(report.findings.map((f) => f.rule));
    const wrong: string[] = [];
    for (const p of PILLARS) {
      const predicted = report.pillars[p].score >= COVERED;
      add(pillar[p]!, row.pillars[p] === 1, predicted);
      if (predicted !== (row.pillars[p] === 1)) wrong.push(`${predicted ? '+' : '-'}${p}`);
    }
    for (const p of PRINCIPLES) {
      const gold = row.principles.includes(p);
      const predicted = report.pillars.principles[p].score >= COVERED;
      add(principle[p]!, gold, predicted);
      add(micro, gold, predicted);
      if (gold !== predicted) wrong.push(`${predicted ? '+' : '-'}${p}`);
    }
    for (const rule of TONE_RULES) {
      if (row.tone_expect.includes(rule)) {
        expected[rule]!.of++;
        if (fired.has(rule)) expected[rule]!.raised++;
        else wrong.push(`-${rule}`);
      }
      if (row.tone_forbid.includes(rule)) {
        forbidden[rule]!.of++;
        if (fired.has(rule)) {
          forbidden[rule]!.raised++;
          wrong.push(`+${rule}`);
        }
      }
    }
    for (const s of SENTIMENTS) add(sentiment[s]!, row.sentiment === s, report.tone.sentiment.label === s);
    if (row.sentiment !== report.tone.sentiment.label) wrong.push(`sentiment ${report.tone.sentiment.label}≠${row.sentiment}`);
    if (report.tone.formality.label === row.formality) formalRight++;
    else wrong.push(`formality ${report.tone.formality.label}≠${row.formality}`);
    if (misses && wrong.length > 0) misses.push(`${row.id} ${wrong.join(' ')}\n   ${row.text.slice(0, 220).replaceAll('\n', ' ')}`);
  }
  const sum = (o: Record<string, { raised: number; of: number }>) =>
    Object.values(o).reduce((a, b) => ({ raised: a.raised + b.raised, of: a.of + b.of }), { raised: 0, of: 0 });
  const allExpected = sum(expected);
  const allForbidden = sum(forbidden);
  return {
    rows: rows.length,
    pillarMacroF1: PILLARS.reduce((s, p) => s + f1(pillar[p]!), 0) / PILLARS.length,
    pillarRecall: Object.fromEntries(PILLARS.map((p) => [p, recall(pillar[p]!)])),
    principleMicroF1: f1(micro),
    principleF1: Object.fromEntries(PRINCIPLES.map((p) => [p, f1(principle[p]!)])),
    toneRaised: allExpected.raised / allExpected.of,
    toneRaisedPer: Object.fromEntries(TONE_RULES.map((r) => [r, `${expected[r]!.raised}/${expected[r]!.of}`])),
    falseRaise: allForbidden.raised / allForbidden.of,
    falseRaisePer: Object.fromEntries(TONE_RULES.map((r) => [r, forbidden[r]!.raised])),
    sentimentMacroF1: SENTIMENTS.reduce((s, l) => s + f1(sentiment[l]!), 0) / SENTIMENTS.length,
    positiveRecall: recall(sentiment.positive!),
    formalityAccuracy: formalRight / rows.length,
  };
}

function print(halves: Record<Half, GovernanceFigures>) {
  const line = (label: string, pick: (g: GovernanceFigures) => string | number) => {
    const cell = (h: Half) => {
      const v = pick(halves[h]);
      return (typeof v === 'number' ? fmt(v) : v).padStart(9);
    };
    console.log(`  ${label.padEnd(34)} ${cell('tuning')} ${cell('blind')}`);
  };
  console.log(`  ${''.padEnd(34)} ${'tuning'.padStart(9)} ${'blind'.padStart(9)}`);
  line('rows', (g) => String(g.rows));
  line('pillar macro-F1 (target ≥ 0.85)', (g) => g.pillarMacroF1);
  for (const p of PILLARS) line(`  recall ${p}`, (g) => g.pillarRecall[p]!);
  line('principle micro-F1 (target ≥ 0.75)', (g) => g.principleMicroF1);
  for (const p of PRINCIPLES) line(`  F1 ${p}`, (g) => g.principleF1[p]!);
  line('tone rules raised (target ≥ 0.85)', (g) => g.toneRaised);
  for (const r of TONE_RULES) line(`  ${r}`, (g) => g.toneRaisedPer[r]!);
  line('false raises (target ≤ 0.03)', (g) => g.falseRaise);
  for (const r of TONE_RULES) line(`  false ${r}`, (g) => String(g.falseRaisePer[r]!));
  line('sentiment macro-F1 (target ≥ 0.75)', (g) => g.sentimentMacroF1);
  line('  positive recall', (g) => g.positiveRecall);
  line('formality accuracy (target ≥ 0.90)', (g) => g.formalityAccuracy);
}

const misses: string[] = [];
console.log('Government drafts (governance_dev.jsonl), split by id hash; the blind half is never tuned on');
print({ tuning: evaluate(readGovernance('tuning'), misses), blind: evaluate(readGovernance('blind')) });
if (process.argv.includes('--rows')) console.log(`\nTuning-half misses:\n${misses.join('\n')}`);
