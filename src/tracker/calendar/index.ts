import type { ResponsesConfig, TimeZone, WorkingCalendar } from '../../config/responses';
import type { Platform } from '../../messaging/protocol';
import { clockFor } from './clock';

/**
 * The Indonesian working clock: hours per weekday with breaks (Perpres 21/2023 by default), Ramadan
 * hours, national holidays and cuti bersama, all in the account's own zone (WIB, WITA or WIT).
 */

export { clockFor, type WorkingClock } from './clock';
export { HOLIDAY_YEARS, NATIONAL_HOLIDAYS, type Holiday } from './holidays';
export { RAMADAN_PERIODS } from './ramadan';
export { localDay, instantOf, isoDate, offsetMs } from './zone';

/** Working time inside [start, end) on `calendar` in `zone`. */
export function workingMs(start: number, end: number, calendar: WorkingCalendar, zone: string): number {
  return clockFor(calendar, zone).workingMs(start, end);
}

/** `t` during working hours, otherwise the next opening. */
export function nextOpening(t: number, calendar: WorkingCalendar, zone: string): number {
  return clockFor(calendar, zone).nextOpening(t);
}

/** The deadline `ms` of working time after `t` (counted from the next opening when off hours). */
export function addWorkingMs(t: number, ms: number, calendar: WorkingCalendar, zone: string): number {
  return clockFor(calendar, zone).addWorkingMs(t, ms);
}

/** The same working moment `days` working days after `t`. */
export function addWorkingDays(t: number, days: number, calendar: WorkingCalendar, zone: string): number {
  return clockFor(calendar, zone).addWorkingDays(t, days);
}

/** The zone of an account: `platform:account` first, then the handle alone, then the default. */
export function zoneOf(config: Pick<ResponsesConfig, 'timeZone'>, platform: Platform, account: string): TimeZone {
  const { accounts } = config.timeZone;
  return accounts[`${platform}:${account}`] ?? accounts[account] ?? config.timeZone.default;
}
