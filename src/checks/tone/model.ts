import { visitFeatures } from './features';

/** A shipped linear text classifier as the training scripts write it. */
export interface LinearModelData {
  labels: readonly string[];
  /** Number of hash buckets, a power of two. */
  dimension: number;
  /** Multiply a stored int8 weight by this to get the real weight. */
  scale: number;
  bias: readonly number[];
  /** Base64 of int8 weights, bucket-major: `weights[bucket * labels.length + label]`. */
  weights: string;
}

/**
 * Softmax over hashed features (see `features.ts`), each weighted `1 / sqrt(feature count)` so
 * long and short texts land on one scale. Buffers are allocated once per model, not per call.
 */
export class LinearModel {
  readonly labels: readonly string[];
  private readonly mask: number;
  private readonly weights: Int8Array;
  private readonly sums: Float64Array;
  private readonly probabilities: Float64Array;
  private readonly add = (bucket: number) => {
    const base = bucket * this.labels.length;
    for (let k = 0; k < this.sums.length; k++) this.sums[k]! += this.weights[base + k]!;
  };

  constructor(private readonly data: LinearModelData) {
    this.labels = data.labels;
    this.mask = data.dimension - 1;
    const raw = atob(data.weights);
    this.weights = new Int8Array(raw.length);
    for (let i = 0; i < raw.length; i++) this.weights[i] = (raw.charCodeAt(i) << 24) >> 24;
    this.sums = new Float64Array(data.labels.length);
    this.probabilities = new Float64Array(data.labels.length);
  }

  /**
   * Label probabilities for `text[from, to)`, in `labels` order. The returned array is reused by
   * the next call: copy what you keep.
   */
  predict(text: string, from = 0, to = text.length): Float64Array {
    this.sums.fill(0);
    const count = visitFeatures(text, from, to, this.mask, this.add);
    const factor = count > 0 ? this.data.scale / Math.sqrt(count) : 0;
    let max = -Infinity;
    for (let k = 0; k < this.sums.length; k++) {
      const logit = this.sums[k]! * factor + this.data.bias[k]!;
      this.sums[k] = logit;
      if (logit > max) max = logit;
    }
    let total = 0;
    for (let k = 0; k < this.sums.length; k++) {
      const e = Math.exp(this.sums[k]! - max);
      this.probabilities[k] = e;
      total += e;
    }
    for (let k = 0; k < this.probabilities.length; k++) this.probabilities[k]! /= total;
    return this.probabilities;
  }
}
