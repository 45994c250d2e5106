/**
 * Response-time figures over episodes, honest about items still waiting: an unanswered episode is
 * right-censored at its age (it has waited at least that long), so medians and p90 come from the
 * Kaplan–Meier estimate instead of averaging the answered items only, which flatters slow teams.
 */

/** One wait for a reply: from the first incoming item to the team's first qualifying reply. */
export interface Episode {
  openedAt: number;
  /** When the first reply went out; absent while the item still waits. */
  firstResponseAt?: number;
}

/** A quantile of the wait: exact, or only a lower bound when too many items still wait. */
export type Quantile = { ms: number; atLeast: boolean } | undefined;

export interface ResponseTimes {
  answered: number;
  waiting: number;
  medianMs: Quantile;
  p90Ms: Quantile;
  /** Answered in time ÷ (answered + waiting past the target); waiting items not yet due are left out. */
  withinTargetShare: number | undefined;
}

/** Time to first response, or the age so far for an episode that still waits. */
export function firstResponseMs(episode: Episode, now: number): { ms: number; answered: boolean } {
  const answered = episode.firstResponseAt !== undefined;
  const end = episode.firstResponseAt ?? now;
  return { ms: Math.max(0, end - episode.openedAt), answered };
}

/**
 * The q-quantile of the waiting time by the Kaplan–Meier product-limit estimate: the first time at
 * which the share still waiting drops to 1 − q or below. When it never does, the answer is only
 * "at least the longest wait seen".
 */
export function quantile(waits: { ms: number; answered: boolean }[], q: number): Quantile {
  if (waits.length === 0) return undefined;
  // At equal times, answers are counted before censored waits (the usual convention).
  const sorted = [...waits].sort((a, b) => a.ms - b.ms || Number(b.answered) - Number(a.answered));
  let atRisk = sorted.length;
  let stillWaiting = 1;
  for (let i = 0; i < sorted.length; ) {
    const ms = sorted[i]!.ms;
    let answeredHere = 0;
    let leaving = 0;
    for (; i < sorted.length && sorted[i]!.ms === ms; i++) {
      leaving++;
      if (sorted[i]!.answered) answeredHere++;
    }
    if (answeredHere > 0) {
      stillWaiting *= 1 - answeredHere / atRisk;
      if (stillWaiting <= 1 - q + 1e-12) return { ms, atLeast: false };
    }
    atRisk -= leaving;
  }
  return { ms: sorted[sorted.length - 1]!.ms, atLeast: true };
}

export function responseTimes(episodes: Episode[], now: number, targetMs: number): ResponseTimes {
  const waits = episodes.map((episode) => firstResponseMs(episode, now));
  const answered = waits.filter((wait) => wait.answered);
  const overdue = waits.filter((wait) => !wait.answered && wait.ms > targetMs).length;
  const inTime = answered.filter((wait) => wait.ms <= targetMs).length;
  const judged = answered.length + overdue;
  return {
    answered: answered.length,
    waiting: waits.length - answered.length,
    medianMs: quantile(waits, 0.5),
    p90Ms: quantile(waits, 0.9),
    withinTargetShare: judged === 0 ? undefined : inTime / judged,
  };
}
