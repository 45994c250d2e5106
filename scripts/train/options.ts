// The training settings of the shipped tone models, shared by the training scripts and the
// evaluation (which retrains the same way on cross-validation folds).
import type { TrainOptions } from './linear';

export interface ModelOptions extends TrainOptions {
  /** Seed of the cross-validation folds. */
  foldSeed: number;
}

export const SENTIMENT_OPTIONS: ModelOptions = {
  labels: ['negative', 'neutral', 'positive'],
  dimension: 16384,
  epochs: 20,
  learningRate: 0.1,
  l2: 3e-4,
  // Neutral is the rarest label in SmSA (11 %) and the commonest in official posts.
  classWeight: [1, 2, 1],
  nbSmoothing: 1,
  average: true,
  seed: 20260,
  foldSeed: 7,
};

export const FORMALITY_OPTIONS: ModelOptions = {
  labels: ['formal', 'informal'],
  dimension: 8192,
  epochs: 20,
  learningRate: 0.3,
  l2: 1e-4,
  nbSmoothing: 1,
  average: true,
  // A few strong cues (ending on punctuation, "min" for "admin") carry much of the decision: scale
  // the levels so that they are not clipped.
  quantile: 0.999,
  seed: 20261,
  foldSeed: 11,
};
