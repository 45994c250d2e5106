import type { EpisodeRow } from '../model';
import { quantile, type Quantile } from '../response-times';
import { targetClock, timed, waitOf, type Clock, type Clocks } from './clock';

/** Below this many timed episodes a median is shown as "not enough data" next to its value. */
export const MIN_FOR_QUANTILES = 10;

export interface TimeFigures {
  median: Quantile;
  p90: Quantile;
}

export interface ResponseFigures {
  /** Episodes whose first response is timed (answered or waiting); the drill-down. */
  ids: string[];
  answered: number;
  waiting: number;
  wall: TimeFigures;
  /** Absent when no working calendar is known. */
  working?: TimeFigures;
  fewItems: boolean;
  withinTarget: WithinTarget;
}

export interface WithinTarget {
  /** In time ÷ (answered + waiting past the target); undefined when nothing can be judged yet. */
  share: number | undefined;
  inTime: number;
  late: number;
  /** Waiting and not yet due: neither in time nor late. */
  pending: number;
  clock: 'wall' | 'working';
  /** Episodes answered late or waiting past the target. */
  lateIds: string[];
}

function timesOn(episodes: EpisodeRow[], now: number, clock: Clock): TimeFigures {
  const waits = episodes.map((episode) => waitOf(episode, now, clock));
  return { median: quantile(waits, 0.5), p90: quantile(waits, 0.9) };
}

/** Whether an episode met the target, missed it, or cannot tell yet. */
export function targetVerdict(episode: EpisodeRow, now: number, clock: Clock, targetMs: number): 'in-time' | 'late' | 'pending' {
  const wait = waitOf(episode, now, clock);
  if (wait.ms > targetMs) return 'late';
  return wait.answered ? 'in-time' : 'pending';
}

export function withinTarget(episodes: EpisodeRow[], now: number, clocks: Clocks, targetMs: number): WithinTarget {
  const clock = targetClock(clocks);
  let inTime = 0;
  let pending = 0;
  const lateIds: string[] = [];
  for (const episode of episodes) {
    if (!timed(episode)) continue;
    const verdict = targetVerdict(episode, now, clock, targetMs);
    if (verdict === 'in-time') inTime++;
    else if (verdict === 'pending') pending++;
    else lateIds.push(episode.id);
  }
  const judged = inTime + lateIds.length;
  return {
    share: judged === 0 ? undefined : inTime / judged,
    inTime,
    late: lateIds.length,
    pending,
    clock: clock === clocks.wall ? 'wall' : 'working',
    lateIds,
  };
}

/**
 * Median and p90 first response on both clocks (Kaplan–Meier, waiting items censored at their age)
 * and the share within target. Items marked "no reply needed" or "answered elsewhere" have no
 * response time of their own and are left out of the times.
 */
export function responseFigures(episodes: EpisodeRow[], now: number, clocks: Clocks, targetMs: number): ResponseFigures {
  const timedEpisodes = episodes.filter(timed);
  const answered = timedEpisodes.filter((episode) => episode.state === 'answered').length;
  return {
    ids: timedEpisodes.map((episode) => episode.id),
    answered,
    waiting: timedEpisodes.length - answered,
    wall: timesOn(timedEpisodes, now, clocks.wall),
    working: clocks.working ? timesOn(timedEpisodes, now, clocks.working) : undefined,
    fewItems: timedEpisodes.length < MIN_FOR_QUANTILES,
    withinTarget: withinTarget(timedEpisodes, now, clocks, targetMs),
  };
}
