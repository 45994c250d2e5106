// Training helpers for the shipped linear tone models: seeded folds, softmax
// regression over the same hashed features the extension computes, 4-bit quantisation and the
// module writer. Everything is deterministic: fixed seed, input order, no wall-clock input.
import { writeFileSync } from 'node:fs';
import { featureBuckets } from '../../src/checks/tone/features';
import { LinearModel, type LinearModelData } from '../../src/checks/tone/model';
import { seeded } from '../random';

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Assigns groups (a row, or the formal/informal pair of one sentence) to `folds` folds, each
 * label's groups dealt out in a seeded order so every fold keeps the label mix.
 */
export function assignFolds<T>(items: T[], group: (item: T) => string, label: (item: T) => string, folds: number, seed: number): number[] {
  const labelOf = new Map<string, string>();
  for (const item of items) if (!labelOf.has(group(item))) labelOf.set(group(item), label(item));
  const random = seeded(seed);
  const foldOf = new Map<string, number>();
  for (const l of [...new Set(labelOf.values())].sort()) {
    const keys = shuffle([...labelOf.keys()].filter((k) => labelOf.get(k) === l).sort(), random);
    keys.forEach((key, i) => foldOf.set(key, i % folds));
  }
  return items.map((item) => foldOf.get(group(item))!);
}

/**
 * Held-out predictions for every row: each fold is predicted by a model trained on the others, so
 * no row is scored by a model that saw it (or its pair).
 */
export function crossValidate<T extends { text: string; label: string }>(rows: T[], fold: number[], folds: number, options: TrainOptions, features?: Featurizer): string[] {
  const predicted: string[] = new Array(rows.length);
  for (let f = 0; f < folds; f++) {
    const model = train(rows.filter((_, i) => fold[i] !== f), options, features);
    const held = rows.map((_, i) => i).filter((i) => fold[i] === f);
    const labels = predictAll(model, held.map((i) => rows[i]!.text), features);
    held.forEach((i, k) => (predicted[i] = labels[k]!));
  }
  return predicted;
}

interface Example {
  index: Int32Array;
  value: Float32Array;
  label: number;
}

/** Feature buckets of a whole text for `mask = dimension - 1` (the shipped `featureBuckets` unless an experiment swaps it). */
export type Featurizer = (text: string, from: number, to: number, mask: number) => Int32Array;

function featurize(text: string, dimension: number, features: Featurizer = featureBuckets): Omit<Example, 'label'> {
  const counts = new Map<number, number>();
  const buckets = features(text, 0, text.length, dimension - 1);
  for (const b of buckets) counts.set(b, (counts.get(b) ?? 0) + 1);
  const n = buckets.length;
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
  return { index: Int32Array.from(keys), value: Float32Array.from(keys, (k) => counts.get(k)! * norm) };
}

export interface TrainOptions {
  labels: readonly string[];
  dimension: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Per-label weight in the loss, e.g. to lift a rare class. */
  classWeight?: readonly number[];
  /**
   * Naive-Bayes scaling (Wang & Manning 2012): each feature's value for label k is multiplied by
   * its smoothed log-count ratio for k against the other labels, with this smoothing count. The
   * ratios are folded into the written weights, so the shipped model scores as before.
   */
  nbSmoothing?: number;
  /** Average the weights of the last half of the epochs instead of keeping the final ones. */
  average?: boolean;
  /** Quantile of the non-zero |weights| that maps to the top 4-bit level (default 0.99). */
  quantile?: number;
  seed: number;
}

/** Per-bucket, per-label log-count ratios (label against the rest), bucket-major like the weights. */
function logCountRatios(examples: Example[], D: number, K: number, alpha: number): Float64Array {
  const counts = new Float64Array(D * K);
  for (const ex of examples) for (let j = 0; j < ex.index.length; j++) counts[ex.index[j]! * K + ex.label]! += ex.value[j]! > 0 ? 1 : 0;
  const totals = new Float64Array(K);
  for (let d = 0; d < D; d++) for (let k = 0; k < K; k++) totals[k]! += counts[d * K + k]! + alpha;
  const all = totals.reduce((a, x) => a + x, 0);
  const r = new Float64Array(D * K);
  for (let d = 0; d < D; d++) {
    let row = 0;
    for (let k = 0; k < K; k++) row += counts[d * K + k]! + alpha;
    for (let k = 0; k < K; k++) {
      const own = counts[d * K + k]! + alpha;
      r[d * K + k] = Math.abs(Math.log(own / totals[k]! / ((row - own) / (all - totals[k]!))));
    }
  }
  return r;
}

/** Softmax regression by AdaGrad SGD; returns the quantised model data. */
export function train(rows: { text: string; label: string }[], options: TrainOptions, features?: Featurizer): LinearModelData {
  const K = options.labels.length;
  const D = options.dimension;
  const examples: Example[] = rows.map((r) => ({ ...featurize(r.text, D, features), label: options.labels.indexOf(r.label) }));
  if (examples.some((e) => e.label < 0)) throw new Error('unknown label in training rows');
  const scaleOf = options.nbSmoothing ? logCountRatios(examples, D, K, options.nbSmoothing) : new Float64Array(D * K).fill(1);
  const w = new Float64Array(D * K);
  const g2 = new Float64Array(D * K).fill(1e-8);
  const b = new Float64Array(K);
  const bg2 = new Float64Array(K).fill(1e-8);
  const sumW = new Float64Array(D * K);
  const sumB = new Float64Array(K);
  let averaged = 0;
  const random = seeded(options.seed);
  const order = examples.map((_, i) => i);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = examples[i]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = b[k]!;
        for (let j = 0; j < ex.index.length; j++) {
          const at = ex.index[j]! * K + k;
          s += w[at]! * scaleOf[at]! * ex.value[j]!;
        }
        p[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += p[k] = Math.exp(p[k]! - max);
      const weight = options.classWeight?.[ex.label] ?? 1;
      for (let k = 0; k < K; k++) {
        const err = weight * (p[k]! / total - (k === ex.label ? 1 : 0));
        bg2[k]! += err * err;
        b[k]! -= (options.learningRate * err) / Math.sqrt(bg2[k]!);
        for (let j = 0; j < ex.index.length; j++) {
          const at = ex.index[j]! * K + k;
          const grad = err * scaleOf[at]! * ex.value[j]! + options.l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (options.learningRate * grad) / Math.sqrt(g2[at]!);
        }
      }
    }
    if (options.average && 2 * (epoch + 1) > options.epochs) {
      for (let i = 0; i < w.length; i++) sumW[i]! += w[i]!;
      for (let k = 0; k < K; k++) sumB[k]! += b[k]!;
      averaged++;
    }
  }
  const finalW = averaged ? sumW.map((x) => x / averaged) : w;
  const finalB = averaged ? sumB.map((x) => x / averaged) : b;
  for (let i = 0; i < finalW.length; i++) finalW[i]! *= scaleOf[i]!;
  return quantize(finalW, finalB, options);
}

// Weights keep 15 levels (-7…7, packed as 4-bit nibbles) scaled to the 99th percentile of |w|: as
// accurate on held-out text as 255 levels, at a fraction of the bundle size.
const LEVELS = 7;
const QUANTILE = 0.99;

function quantize(w: Float64Array, b: Float64Array, options: TrainOptions): LinearModelData {
  // Scale to a high quantile rather than the maximum, clipping the few outliers: the levels then
  // resolve the bulk of the weights.
  const sorted = Float64Array.from(w, Math.abs).filter((x) => x > 0).sort();
  const scale = sorted[Math.floor(sorted.length * (options.quantile ?? QUANTILE))]! / LEVELS || 1;
  // Two 4-bit two's-complement weights per byte, low nibble first.
  const bytes = new Uint8Array(Math.ceil(w.length / 2));
  for (let i = 0; i < w.length; i++) {
    const q = Math.max(-LEVELS, Math.min(LEVELS, Math.round(w[i]! / scale))) & 0x0f;
    bytes[i >> 1]! |= i % 2 === 0 ? q : q << 4;
  }
  return {
    labels: options.labels,
    dimension: options.dimension,
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(b, (x) => Number(x.toFixed(5))),
    weights: Buffer.from(bytes).toString('base64'),
  };
}

export function predictAll(data: LinearModelData, texts: string[], features: Featurizer = featureBuckets): string[] {
  const model = new LinearModel(data);
  return texts.map((t) => {
    const p = model.score(features(t, 0, t.length, data.dimension - 1));
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    return model.labels[best]!;
  });
}

/** Per-label precision/recall/F1, macro-F1 and accuracy. */
export function score(labels: readonly string[], gold: string[], predicted: string[]) {
  const per = labels.map((l) => {
    let tp = 0, fp = 0, fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === l && g === l) tp++;
      else if (p === l) fp++;
      else if (g === l) fn++;
    });
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    return { label: l, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
  });
  const accuracy = gold.filter((g, i) => g === predicted[i]).length / (gold.length || 1);
  return { per, macroF1: per.reduce((s, x) => s + x.f1, 0) / per.length, accuracy };
}

export function printScore(title: string, result: ReturnType<typeof score>) {
  console.log(title);
  for (const r of result.per) console.log(`  ${r.label.padEnd(10)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}`);
  console.log(`  macro-F1 ${result.macroF1.toFixed(3)}  accuracy ${result.accuracy.toFixed(3)}`);
}

/** Writes the model as a TypeScript module the extension bundles. */
export function writeModel(path: string, exportName: string, header: string, data: LinearModelData) {
  const body = `${header
    .split('\n')
    .map((line) => `// ${line}`.trimEnd())
    .join('\n')}\nimport type { LinearModelData } from '../tone/model';\n\nexport const ${exportName}: LinearModelData = ${JSON.stringify(data)};\n`;
  writeFileSync(path, body);
}
