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
 * Waits packed into one sortable number each (`2·ms`, plus 1 when still waiting), so that at equal
 * times answers come before censored waits (the usual convention) and a typed-array sort suffices.
 */
export function packWait(ms: number, answered: boolean): number {
  return Math.max(0, Math.round(ms)) * 2 + (answered ? 0 : 1);
}

/**
 * The q-quantiles of the wait by the Kaplan–Meier product-limit estimate, in one pass over packed
 * waits sorted ascending: for each q, the first time at which the share still waiting drops to
 * 1 − q or below. When it never does, the answer is only "at least the longest wait seen".
 */
export function quantilesOfSorted(packed: Float64Array, qs: readonly number[]): Quantile[] {
  const result: Quantile[] = qs.map(() => undefined);
  const n = packed.length;
  if (n === 0) return result;
  let atRisk = n;
  let stillWaiting = 1;
  let found = 0;
  for (let i = 0; i < n && found < qs.length; ) {
    const ms = Math.floor(packed[i]! / 2);
    let answeredHere = 0;
    let leaving = 0;
    for (; i < n && Math.floor(packed[i]! / 2) === ms; i++) {
      leaving++;
      if (packed[i]! % 2 === 0) answeredHere++;
    }
    if (answeredHere > 0) {
      stillWaiting *= 1 - answeredHere / atRisk;
      qs.forEach((q, k) => {
        if (result[k] === undefined && stillWaiting <= 1 - q + 1e-12) {
          result[k] = { ms, atLeast: false };
          found++;
        }
      });
    }
    atRisk -= leaving;
  }
  const longest = Math.floor(packed[n - 1]! / 2);
  return result.map((quantile) => quantile ?? { ms: longest, atLeast: true });
}

/** The q-quantile of unsorted waits (see `quantilesOfSorted`). */
export function quantile(waits: readonly Wait[], q: number): Quantile {
  const packed = Float64Array.from(waits, (wait) => packWait(wait.ms, wait.answered)).sort();
  return quantilesOfSorted(packed, [q])[0];
}
