import { DAY_MS } from './rows';

export const PERIOD_KINDS = ['today', '7d', '30d'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const DAYS: Record<PeriodKind, number> = { today: 1, '7d': 7, '30d': 30 };

export interface Span {
  start: number;
  end: number;
}

export interface Period extends Span {
  kind: PeriodKind;
  /** The same length just before, for the change figures. */
  previous: Span;
  /** Start of each local day in the period, oldest first: the trend's x axis. */
  days: number[];
}

/**
 * Today, 7 or 30 days ending now, on local days of the account's zone: "7 days" is today and the
 * six before it, so a day is never cut in two. The previous period ends at the same time of day,
 * so "today" is compared with yesterday up to this hour, not with all of yesterday.
 */
export function selectPeriod(kind: PeriodKind, now: number, offsetMs: number): Period {
  const today = Math.floor((now + offsetMs) / DAY_MS) * DAY_MS - offsetMs;
  const count = DAYS[kind];
  const start = today - (count - 1) * DAY_MS;
  const length = count * DAY_MS;
  const days = Array.from({ length: count }, (_, i) => start + i * DAY_MS);
  return { kind, start, end: now, previous: { start: start - length, end: now - length }, days };
}

export function within(span: Span, at: number): boolean {
  return at >= span.start && at < span.end;
}

/** The relative change from the previous value; undefined when there is nothing to compare with. */
export function change(current: number | undefined, previous: number | undefined): number | undefined {
  if (current === undefined || previous === undefined || previous === 0) return undefined;
  return (current - previous) / previous;
}
