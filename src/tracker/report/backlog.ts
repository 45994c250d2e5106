import type { EpisodeRow } from '../model';
import { targetClock, type Clocks } from './clock';

export interface BacklogFigures {
  /** Episodes waiting now, oldest first: the drill-down. */
  ids: string[];
  waiting: number;
  overdue: number;
  oldest?: { id: string; openedAt: number; ageMs: number };
}

/** What waits now, whatever the period: the open queue as last observed. */
export function backlogFigures(episodes: EpisodeRow[], now: number, clocks: Clocks, targetMs: number): BacklogFigures {
  const open = episodes.filter((episode) => episode.state === 'open').sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
  const clock = targetClock(clocks);
  const first = open[0];
  return {
    ids: open.map((episode) => episode.id),
    waiting: open.length,
    overdue: open.filter((episode) => clock(episode.openedAt, now) > targetMs).length,
    oldest: first && { id: first.id, openedAt: first.openedAt, ageMs: Math.max(0, now - first.openedAt) },
  };
}
