// Retrains the register layers of the tone models: `npx tsx scripts/train/register.ts`.
// Data: the tuning half of the government drafts written for Pilar (scripts/governance.ts) and the
// project's own official sentences (official-neutral.ts); the blind half is never read here. Each layer is a logistic regression over the base model's
// log-probabilities and the register features (src/checks/tone/register.ts), fitted by full-batch
// gradient descent with L2 from zero, so every run writes the same numbers. Prints 4-fold
// cross-validated accuracy on the tuning half, then fits all of it and writes src/checks/models/register.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, words } from '../../src/checks/normalize';
import { FORMALITY_MODEL } from '../../src/checks/models/formality';
import { SENTIMENT_MODEL } from '../../src/checks/models/sentiment';
import { baseSentiment, negativeCues } from '../../src/checks/tone/analyze';
import { LinearModel } from '../../src/checks/tone/model';
import { REGISTER_FEATURES, applyLayer, registerFeatures, type RegisterLayer } from '../../src/checks/tone/register';
import { readGovernance, type GovernanceRow } from '../governance';
import { OFFICIAL_NEUTRAL } from './official-neutral';

const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;
const FOLDS = 4;

interface Example {
  base: Float64Array;
  features: Float64Array;
  label: number;
  /** Weight in the loss. */
  weight: number;
}

/** The official sentences together weigh as much as this share of the drafts: enough to anchor short notices. */
const OFFICIAL_WEIGHT = 0.3;

function fit(examples: Example[], labels: readonly string[]): RegisterLayer {
  const K = labels.length;
  const F = examples[0]!.base.length + examples[0]!.features.length;
  const w = Array.from({ length: K }, () => new Float64Array(F));
  const b = new Float64Array(K);
  const inputs = examples.map((e) => Float64Array.from([...Array.from(e.base, (p) => Math.log(Math.max(p, 1e-6))), ...e.features]));
  for (let step = 0; step < STEPS; step++) {
    const gw = Array.from({ length: K }, () => new Float64Array(F));
    const gb = new Float64Array(K);
    examples.forEach((e, n) => {
      const x = inputs[n]!;
      const logits = w.map((wk, k) => wk.reduce((s, v, j) => s + v * x[j]!, b[k]!));
      const max = Math.max(...logits);
      const exp = logits.map((l) => Math.exp(l - max));
      const total = exp.reduce((s, v) => s + v, 0);
      for (let k = 0; k < K; k++) {
        const err = e.weight * (exp[k]! / total - (k === e.label ? 1 : 0));
        gb[k]! += err;
        for (let j = 0; j < F; j++) gw[k]![j]! += err * x[j]!;
      }
    });
    for (let k = 0; k < K; k++) {
      b[k]! -= (RATE * gb[k]!) / examples.length;
      for (let j = 0; j < F; j++) w[k]![j]! -= RATE * (gw[k]![j]! / examples.length + L2 * w[k]![j]!);
    }
  }
  const round = (x: number) => Number(x.toFixed(4));
  return { labels, weights: w.map((wk) => Array.from(wk, round)), bias: Array.from(b, round) };
}

function predict(layer: RegisterLayer, e: Example): number {
  const p = applyLayer(layer, e.base, e.features);
  return layer.labels.reduce((best, label, k) => (p[label]! > p[layer.labels[best]!]! ? k : best), 0);
}

function layerFor(name: string, labels: readonly string[], base: (text: string) => ArrayLike<number>, gold: (row: GovernanceRow) => string, officialLabel: string): RegisterLayer {
  const example = (text: string, label: string): Example => {
    const norm = normalize(text);
    return { base: Float64Array.from(base(norm.text)), features: registerFeatures(norm, words(norm), negativeCues(norm.text)), label: labels.indexOf(label), weight: 1 };
  };
  const examples = readGovernance('tuning').map((row) => example(row.text, gold(row)));
  // The project's own official sentences (as in the base models' training) keep short notices of
  // closures and disasters neutral and formal; they join every fold and are never scored.
  const official = OFFICIAL_NEUTRAL.map((text) => ({ ...example(text, officialLabel), weight: (OFFICIAL_WEIGHT * examples.length) / OFFICIAL_NEUTRAL.length }));
  let right = 0;
  for (let f = 0; f < FOLDS; f++) {
    const layer = fit([...examples.filter((_, i) => i % FOLDS !== f), ...official], labels);
    examples.forEach((e, i) => {
      if (i % FOLDS === f && predict(layer, e) === e.label) right++;
    });
  }
  console.log(`${name}: ${FOLDS}-fold accuracy on the tuning half (${examples.length} drafts) ${(right / examples.length).toFixed(3)}`);
  return fit([...examples, ...official], labels);
}

const sentimentModel = new LinearModel(SENTIMENT_MODEL);
const formalityModel = new LinearModel(FORMALITY_MODEL);
// The shipped sentiment reading: negative mostly only with a cue word (src/checks/tone/analyze.ts).
const sentiment = layerFor('sentiment', SENTIMENT_MODEL.labels, (text) => baseSentiment(sentimentModel.predict(text), negativeCues(text) > 0), (r) => r.sentiment, 'neutral');
const formality = layerFor('formality', FORMALITY_MODEL.labels, (text) => formalityModel.predict(text), (r) => r.formality, 'formal');

const header = `// The register layers of the tone models: logistic regression over the base model's log-probabilities
// and the register features (${REGISTER_FEATURES.join(', ')}).
// Trained on the tuning half of the government drafts written for Pilar.
// Generated by scripts/train/register.ts; do not edit by hand.
import type { RegisterLayer } from '../tone/register';
`;
writeFileSync(
  join(import.meta.dirname, '../../src/checks/models/register.ts'),
  `${header}\nexport const SENTIMENT_REGISTER: RegisterLayer = ${JSON.stringify(sentiment)};\n\nexport const FORMALITY_REGISTER: RegisterLayer = ${JSON.stringify(formality)};\n`,
);
