import { featureBuckets } from './features';

/** A shipped linear text classifier as the training scripts write it. */
export interface LinearModelData {
  labels: readonly string[];
  /** Number of hash buckets, a power of two. */
  dimension: number;
  /** Multiply a stored weight by this to get the real weight. */
  scale: number;
  bias: readonly number[];
  /**
   * Base64 of 4-bit two's-complement weights, two per byte (low nibble first), bucket-major:
   * weight `bucket * labels.length + label`.
   */
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
  constructor(private readonly data: LinearModelData) {
    this.labels = data.labels;
    this.mask = data.dimension - 1;
    const raw = atob(data.weights);
    this.weights = new Int8Array(data.dimension * data.labels.length);
    for (let i = 0; i < this.weights.length; i++) {
      const byte = raw.charCodeAt(i >> 1);
      this.weights[i] = (((i % 2 === 0 ? byte : byte >> 4) & 0x0f) << 28) >> 28;
    }
    this.sums = new Float64Array(data.labels.length);
    this.probabilities = new Float64Array(data.labels.length);
  }

  /**
   * Label probabilities for `text[from, to)`, in `labels` order. The returned array is reused by
   * the next call: copy what you keep.
   */
  predict(text: string, from = 0, to = text.length): Float64Array {
    return this.score(featureBuckets(text, from, to, this.mask));
  }

  /** Label probabilities from feature buckets of this model's dimension or a larger one (reused array, as `predict`). */
  score(buckets: Int32Array): Float64Array {
    const K = this.sums.length;
    this.sums.fill(0);
    for (let j = 0; j < buckets.length; j++) {
      const base = (buckets[j]! & this.mask) * K;
      for (let k = 0; k < K; k++) this.sums[k]! += this.weights[base + k]!;
    }
    const factor = buckets.length > 0 ? this.data.scale / Math.sqrt(buckets.length) : 0;
    let max = -Infinity;
    for (let k = 0; k < K; k++) {
      const logit = this.sums[k]! * factor + this.data.bias[k]!;
      this.sums[k] = logit;
      if (logit > max) max = logit;
    }
    let total = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp(this.sums[k]! - max);
      this.probabilities[k] = e;
      total += e;
    }
    for (let k = 0; k < K; k++) this.probabilities[k]! /= total;
    return this.probabilities;
  }
}
