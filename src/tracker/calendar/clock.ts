import type { WorkingCalendar, WorkingWeek } from '../../config/responses';
import { NATIONAL_HOLIDAYS } from './holidays';
import { RAMADAN_PERIODS } from './ramadan';
import { DAY_MS, dayOfIso, instantOf, isoDate, localDay, offsetMs, weekdayOf } from './zone';

/**
 * The working clock of one calendar in one zone. Working intervals are laid out once per local
 * day with running totals, so any duration or deadline is two binary searches: fast enough for
 * 100,000 episodes, and exact about breaks, holidays and Ramadan hours.
 */
export interface WorkingClock {
  readonly zone: string;
  /** Working time inside [start, end); 0 when end ≤ start. */
  workingMs(start: number, end: number): number;
  /** `t` itself during working hours, else the next opening (an off-hours arrival starts there). */
  nextOpening(t: number): number;
  /** The earliest instant by which `ms` of working time has passed since `t`. */
  addWorkingMs(t: number, ms: number): number;
  /** The same working moment `days` working days later ("within 1 working day"). */
  addWorkingDays(t: number, days: number): number;
  isWorking(t: number): boolean;
  /** Working time of the local day that contains `t` (0 on a day off). */
  dayLengthMs(t: number): number;
  /**
   * In one pass, for something waiting from `start` until `end` against a target of `targetMs`
   * working time: the working time waited, the deadline, and the working time left at `end`
   * (negative once past the deadline). Fills `out`, so a hundred thousand calls allocate nothing.
   */
  measure(start: number, end: number, targetMs: number, out: Measured): void;
}

export interface Measured {
  workingMs: number;
  deadline: number;
  remainingMs: number;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** How far a search for the next opening looks before concluding the calendar never opens. */
const MAX_SEARCH_DAYS = 800;
const INITIAL_PAD_DAYS = 45;
const OFFSET_BLOCK_DAYS = 28;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Working spans of one day as [startMinute, endMinute) pairs, breaks taken out. */
function daySpans(hours: WorkingWeek[keyof WorkingWeek]): [number, number][] {
  if (hours === null) return [];
  const spans: [number, number][] = [];
  let from = minutes(hours.start);
  const end = minutes(hours.end);
  const breaks = hours.breaks.map((b) => [minutes(b.start), minutes(b.end)] as const).sort((a, b) => a[0] - b[0]);
  for (const [breakStart, breakEnd] of breaks) {
    if (breakStart > from) spans.push([from, Math.min(breakStart, end)]);
    from = Math.max(from, breakEnd);
  }
  if (end > from) spans.push([from, end]);
  return spans.filter(([a, b]) => b > a);
}

function upperBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class Clock implements WorkingClock {
  private firstDay = 0;
  private lastDay = -1; // exclusive range [firstDay, lastDay + 1)
  private starts: number[] = [];
  private ends: number[] = [];
  /** Working ms before interval i, from the start of the laid-out range. */
  private cumBefore: number[] = [];
  /** Working ms at the end of interval i. */
  private cumAfter: number[] = [];
  private dayStarts: number[] = [];
  /** Working ms before each laid-out day, plus one entry for the end of the range. */
  private dayCum: number[] = [];

  private readonly holidays: Set<string>;
  private readonly ramadan: [number, number][];
  private readonly weekSpans: [number, number][][];
  private readonly ramadanSpans: [number, number][][];

  constructor(
    readonly zone: string,
    calendar: WorkingCalendar,
  ) {
    this.holidays = new Set(calendar.extraHolidays.map((h) => h.date));
    if (calendar.nationalHolidays) for (const h of NATIONAL_HOLIDAYS) this.holidays.add(h.date);
    this.ramadan = calendar.ramadan.enabled
      ? [...RAMADAN_PERIODS, ...calendar.ramadan.periods].map((p) => [dayOfIso(p.from), dayOfIso(p.to)])
      : [];
    this.weekSpans = WEEKDAYS.map((day) => daySpans(calendar.week[day]));
    this.ramadanSpans = WEEKDAYS.map((day) => daySpans(calendar.ramadan.week[day]));
  }

  private spansOf(day: number): [number, number][] {
    if (this.holidays.has(isoDate(day))) return [];
    const inRamadan = this.ramadan.some(([from, to]) => day >= from && day <= to);
    return (inRamadan ? this.ramadanSpans : this.weekSpans)[weekdayOf(day)]!;
  }

  /** Lays out the local days [from, to] (inclusive), replacing what was there. */
  private layOut(from: number, to: number): void {
    const starts: number[] = [];
    const ends: number[] = [];
    const cumBefore: number[] = [];
    const cumAfter: number[] = [];
    const dayStarts: number[] = [];
    const dayCum: number[] = [];
    let cum = 0;
    for (let block = from; block <= to; block += OFFSET_BLOCK_DAYS) {
      const blockEnd = Math.min(to, block + OFFSET_BLOCK_DAYS - 1);
      // Asking Intl once per block: when the offset is the same at both ends, it held throughout
      // (zone offsets never change twice within a month); otherwise every day asks for itself.
      const offset = offsetMs(this.zone, block * DAY_MS - offsetMs(this.zone, block * DAY_MS));
      const steady = offsetMs(this.zone, (blockEnd + 1) * DAY_MS - offset) === offset;
      for (let day = block; day <= blockEnd; day++) {
        const midnight = steady ? day * DAY_MS - offset : instantOf(this.zone, day);
        dayStarts.push(midnight);
        dayCum.push(cum);
        for (const [a, b] of this.spansOf(day)) {
          const start = steady ? midnight + a * 60_000 : instantOf(this.zone, day, a);
          const end = steady ? midnight + b * 60_000 : instantOf(this.zone, day, b);
          if (end <= start) continue;
          starts.push(start);
          ends.push(end);
          cumBefore.push(cum);
          cum += end - start;
          cumAfter.push(cum);
        }
      }
    }
    dayCum.push(cum);
    dayStarts.push(instantOf(this.zone, to + 1));
    Object.assign(this, { firstDay: from, lastDay: to, starts, ends, cumBefore, cumAfter, dayStarts, dayCum });
  }

  /** Makes sure the laid-out days include the local day of `t`. */
  private cover(t: number): void {
    if (this.lastDay >= this.firstDay && t >= this.dayStarts[0]! && t < this.dayStarts[this.dayStarts.length - 1]!) return;
    const day = localDay(this.zone, t);
    if (this.lastDay < this.firstDay) {
      this.layOut(day - INITIAL_PAD_DAYS, day + INITIAL_PAD_DAYS);
      return;
    }
    const span = this.lastDay - this.firstDay + 1;
    // Grow by at least the current span, so repeated growth costs amortised linear time.
    this.layOut(Math.min(this.firstDay, day - span), Math.max(this.lastDay, day + span));
  }

  private growForward(): void {
    const span = this.lastDay - this.firstDay + 1;
    this.layOut(this.firstDay, this.lastDay + span);
  }

  /** Working ms from the start of the laid-out range to `t` (which must be covered). */
  private cum(t: number): number {
    const i = upperBound(this.starts, t) - 1;
    if (i < 0) return 0;
    return this.cumBefore[i]! + Math.min(t, this.ends[i]!) - this.starts[i]!;
  }

  /** The earliest instant at which the running total reaches `c` (> 0 and covered). */
  private at(c: number): number {
    const i = lowerBound(this.cumAfter, c);
    return this.starts[i]! + (c - this.cumBefore[i]!);
  }

  private dayIndex(t: number): number {
    return upperBound(this.dayStarts, t) - 1;
  }

  workingMs(start: number, end: number): number {
    if (!(end > start)) return 0;
    this.cover(start);
    this.cover(end);
    return this.cum(end) - this.cum(start);
  }

  isWorking(t: number): boolean {
    this.cover(t);
    const i = upperBound(this.starts, t) - 1;
    return i >= 0 && t < this.ends[i]!;
  }

  nextOpening(t: number): number {
    this.cover(t);
    const limit = t + MAX_SEARCH_DAYS * DAY_MS;
    for (;;) {
      const i = upperBound(this.starts, t) - 1;
      if (i >= 0 && t < this.ends[i]!) return t;
      if (i + 1 < this.starts.length) return this.starts[i + 1]!;
      if (this.dayStarts[this.dayStarts.length - 1]! > limit) return Number.POSITIVE_INFINITY;
      this.growForward();
    }
  }

  addWorkingMs(t: number, ms: number): number {
    const open = this.nextOpening(t);
    if (!Number.isFinite(open) || ms <= 0) return open;
    for (let tries = 0; ; tries++) {
      const target = this.cum(open) + ms;
      if (target <= this.cumAfter[this.cumAfter.length - 1]!) return this.at(target);
      if (tries > 12) return Number.POSITIVE_INFINITY;
      this.growForward();
    }
  }

  addWorkingDays(t: number, days: number): number {
    const open = this.nextOpening(t);
    if (!Number.isFinite(open) || days <= 0) return open;
    const whole = Math.floor(days);
    const fraction = days - whole;
    for (let tries = 0; ; tries++) {
      let day = this.dayIndex(open);
      const elapsed = this.cum(open) - this.dayCum[day]!;
      let remaining = whole;
      while (remaining > 0 && day + 1 < this.dayCum.length - 1) {
        day++;
        if (this.dayCum[day + 1]! > this.dayCum[day]!) remaining--;
      }
      if (remaining === 0) {
        const length = this.dayCum[day + 1]! - this.dayCum[day]!;
        const target = this.dayCum[day]! + Math.min(elapsed, length);
        const at = target > 0 ? this.at(target) : open;
        return fraction > 0 ? this.addWorkingMs(at, fraction * Math.max(length, 1)) : at;
      }
      if (tries > 12) return Number.POSITIVE_INFINITY;
      this.growForward();
    }
  }

  measure(start: number, end: number, targetMs: number, out: Measured): void {
    this.cover(start);
    this.cover(end);
    const from = this.cum(start);
    const to = end > start ? this.cum(end) : from;
    const target = from + targetMs;
    // Growing forward keeps the range's first day, so the running totals above stay valid.
    for (let tries = 0; target > this.cumAfter[this.cumAfter.length - 1]! && tries <= 12; tries++) this.growForward();
    out.workingMs = to - from;
    out.remainingMs = target - to;
    out.deadline = target <= this.cumAfter[this.cumAfter.length - 1]! ? (targetMs > 0 ? this.at(target) : this.nextOpening(start)) : Number.POSITIVE_INFINITY;
  }

  dayLengthMs(t: number): number {
    this.cover(t);
    const day = this.dayIndex(t);
    return this.dayCum[day + 1]! - this.dayCum[day]!;
  }
}

const clocks = new WeakMap<WorkingCalendar, Map<string, WorkingClock>>();

/** The (cached) working clock of `calendar` in `zone`; build it once per config object. */
export function clockFor(calendar: WorkingCalendar, zone: string): WorkingClock {
  let byZone = clocks.get(calendar);
  if (byZone === undefined) {
    byZone = new Map();
    clocks.set(calendar, byZone);
  }
  let clock = byZone.get(zone);
  if (clock === undefined) {
    clock = new Clock(zone, calendar);
    byZone.set(zone, clock);
  }
  return clock;
}
