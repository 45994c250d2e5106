import type { EpisodeRow, IncomingRow } from '../model';
import { targetClock, timed, type Clocks } from './clock';
import type { Span } from './period';
import { targetVerdict } from './response';
import { arrivedAt, HOUR_MS, weekdayHour, type CoverageRow } from './rows';

export interface HeatCell {
  weekday: number;
  hour: number;
  /** Incoming items that arrived in this weekday hour. */
  incoming: number;
  /** Episodes opened here that were answered late or still wait past the target. */
  overdue: number;
  /** How many of the period's hours in this cell someone was watching; 0 = unknown, not quiet. */
  coveredHours: number;
  periodHours: number;
  /** Item keys, then the overdue episodes: the drill-down. */
  itemKeys: string[];
  overdueIds: string[];
}

/** 7 × 24 cells, Monday 00:00 first, in the account's zone: where duty cover (piket) is needed. */
export function heatmap(
  items: IncomingRow[],
  episodes: EpisodeRow[],
  coverage: CoverageRow[],
  span: Span,
  offsetMs: number,
  now: number,
  clocks: Clocks,
  targetMs: number,
): HeatCell[] {
  const cells: HeatCell[] = Array.from({ length: 7 * 24 }, (_, i) => ({
    weekday: Math.floor(i / 24),
    hour: i % 24,
    incoming: 0,
    overdue: 0,
    coveredHours: 0,
    periodHours: 0,
    itemKeys: [],
    overdueIds: [],
  }));
  const cellOf = (at: number) => {
    const { weekday, hour } = weekdayHour(at, offsetMs);
    return cells[weekday * 24 + hour]!;
  };
  for (const item of items) {
    const cell = cellOf(arrivedAt(item));
    cell.incoming++;
    cell.itemKeys.push(item.key);
  }
  const clock = targetClock(clocks);
  for (const episode of episodes) {
    if (!timed(episode) || targetVerdict(episode, now, clock, targetMs) !== 'late') continue;
    const cell = cellOf(episode.openedAt);
    cell.overdue++;
    cell.overdueIds.push(episode.id);
  }
  const firstHour = Math.ceil(span.start / HOUR_MS) * HOUR_MS;
  for (let hour = firstHour; hour < span.end; hour += HOUR_MS) cellOf(hour).periodHours++;
  const seen = new Set<number>();
  for (const row of coverage) {
    if (row.hourStart < span.start || row.hourStart >= span.end || seen.has(row.hourStart)) continue;
    seen.add(row.hourStart);
    cellOf(row.hourStart).coveredHours++;
  }
  return cells;
}
