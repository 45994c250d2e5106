import type { QueueFigures } from '../messaging/protocol';
import { quantile } from '../tracker/response-times';
import type { EpisodeState } from '../tracker/model';

/** What the figures need of an episode. */
export interface TimedEpisode {
  openedAt: number;
  dueAt: number;
  state: EpisodeState;
  firstResponseAt?: number;
}

/**
 * Response-time figures over episodes: marked ones (no reply needed, answered elsewhere) have no
 * response time and are left out; waiting ones are censored at their age; % within target counts
 * answered in time over answered plus overdue, leaving out those still inside their target.
 */
export function responseFigures(episodes: TimedEpisode[], now: number): Pick<QueueFigures, 'episodes' | 'medianMs' | 'p90Ms' | 'withinTargetShare'> {
  const waits: { ms: number; answered: boolean }[] = [];
  let inTime = 0;
  let judged = 0;
  for (const episode of episodes) {
    if (episode.state !== 'open' && episode.state !== 'answered') continue;
    const answered = episode.state === 'answered';
    const end = answered ? episode.firstResponseAt! : now;
    waits.push({ ms: Math.max(0, end - episode.openedAt), answered });
    if (answered) {
      judged++;
      if (end <= episode.dueAt) inTime++;
    } else if (now > episode.dueAt) judged++;
  }
  return {
    episodes: waits.length,
    medianMs: quantile(waits, 0.5) ?? null,
    p90Ms: quantile(waits, 0.9) ?? null,
    withinTargetShare: judged === 0 ? null : inTime / judged,
  };
}

/** Below this many episodes a median says little: the side panel shows "not enough data". */
export const MIN_EPISODES_FOR_FIGURES = 10;
