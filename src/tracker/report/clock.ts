import type { EpisodeRow } from '../model';

/** Milliseconds between two times on some clock: the wall clock, or the team's working hours. */
export type Clock = (start: number, end: number) => number;

export const wallClock: Clock = (start, end) => Math.max(0, end - start);

/** The clocks a report is computed on; `working` is absent when no working calendar is known. */
export interface Clocks {
  wall: Clock;
  working?: Clock;
  /** The clock the team's target is set on. */
  target: 'wall' | 'working';
}

/** Episodes whose first response is timed: answered here, or still waiting. */
export function timed(episode: EpisodeRow): boolean {
  return episode.state === 'open' || episode.state === 'answered';
}

/** The wait of an episode on a clock: to its first response, or its age so far while it waits. */
export function waitOf(episode: EpisodeRow, now: number, clock: Clock): { ms: number; answered: boolean } {
  const answered = episode.state === 'answered' && episode.firstResponseAt !== undefined;
  return { ms: clock(episode.openedAt, answered ? episode.firstResponseAt! : now), answered };
}

export function targetClock(clocks: Clocks): Clock {
  return clocks.target === 'working' && clocks.working ? clocks.working : clocks.wall;
}
