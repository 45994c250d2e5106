import type { EpisodeRow, IncomingRow } from '../model';
import { quantile, type Quantile } from '../response-times';
import { targetClock, timed, waitOf, type Clocks } from './clock';
import { arrivedAt, DAY_MS } from './rows';

export interface TrendDay {
  /** Start of the local day. */
  day: number;
  incoming: number;
  episodes: number;
  answered: number;
  median: Quantile;
  ids: string[];
}

/** One point per local day of the period, by arrival; the popup's sparkline and the report's trend. */
export function trend(days: number[], items: IncomingRow[], episodes: EpisodeRow[], now: number, clocks: Clocks): TrendDay[] {
  const first = days[0] ?? 0;
  const indexOf = (at: number) => Math.floor((at - first) / DAY_MS);
  const incoming = days.map(() => 0);
  const byDay: EpisodeRow[][] = days.map(() => []);
  for (const item of items) {
    const i = indexOf(arrivedAt(item));
    if (i >= 0 && i < days.length) incoming[i]!++;
  }
  for (const episode of episodes) {
    const i = indexOf(episode.openedAt);
    if (i >= 0 && i < days.length) byDay[i]!.push(episode);
  }
  const clock = targetClock(clocks);
  return days.map((day, i) => {
    const group = byDay[i]!;
    const waits = group.filter(timed).map((episode) => waitOf(episode, now, clock));
    return {
      day,
      incoming: incoming[i]!,
      episodes: group.length,
      answered: group.filter((e) => e.state === 'answered' || e.state === 'answered-elsewhere').length,
      median: quantile(waits, 0.5),
      ids: group.map((e) => e.id),
    };
  });
}
