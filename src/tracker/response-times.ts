/**
 * Quantiles of the wait for a first response, honest about items still waiting: an unanswered
 * episode is right-censored at its age (it has waited at least that long), so medians and p90 come
 * from the Kaplan–Meier estimate instead of averaging the answered items only, which flatters slow
 * teams.
 */

/** A quantile of the wait: exact, or only a lower bound when too many items still wait. */
export type Quantile = { ms: number; atLeast: boolean } | undefined;

/** Time to first response, or the age so far of an episode that still waits. */
export interface Wait {
  ms: number;
  answered: boolean;
}

/**
 * The Kaplan–Meier product-limit estimate, fed one wait at a time in ascending order, answers
 * before censored waits at equal times (the usual convention). Removing tied answers one by one
 * multiplies out to the textbook (1 − d/n) step, so no grouping of ties is needed. The q-quantile
 * is the first time at which the share still waiting drops to 1 − q or below; when it never does,
 * it is only "at least the longest wait seen".
 */
export class KaplanMeier {
  private atRisk: number;
  private stillWaiting = 1;
  private longest = 0;
  private readonly found: Quantile[];
  /** Index of the first quantile not yet reached (quantiles are reached in order of q). */
  private pending = 0;
  private readonly qs: readonly number[];

  constructor(
    private readonly size: number,
    private readonly original: readonly number[],
  ) {
    this.atRisk = size;
    this.qs = [...original].sort((a, b) => a - b);
    this.found = original.map(() => undefined);
  }

  next(ms: number, answered: boolean): void {
    this.longest = ms;
    if (answered && this.pending < this.qs.length) {
      this.stillWaiting *= 1 - 1 / this.atRisk;
      while (this.pending < this.qs.length && this.stillWaiting <= 1 - this.qs[this.pending]! + 1e-12) this.found[this.pending++] = { ms, atLeast: false };
    }
    this.atRisk--;
  }

  /** The quantiles in the order the constructor was given them. */
  quantiles(): Quantile[] {
    if (this.size === 0) return this.original.map(() => undefined);
    return this.original.map((q) => this.found[this.qs.indexOf(q)] ?? { ms: this.longest, atLeast: true });
  }
}

/** The q-quantile of waits in any order. */
export function quantile(waits: readonly Wait[], q: number): Quantile {
  const sorted = [...waits].sort((a, b) => a.ms - b.ms || Number(b.answered) - Number(a.answered));
  const estimate = new KaplanMeier(sorted.length, [q]);
  for (const wait of sorted) estimate.next(Math.max(0, wait.ms), wait.answered);
  return estimate.quantiles()[0];
}
