import type { Target, TimeZone, WorkingWeek } from './responses';

/**
 * The reply queue's settings when a team has none, written as plain data (no zod in the tabs):
 * the Perpres 21/2023 week, the national holidays and cuti bersama, Jakarta time, first response
 * within 1 working hour for public items and 1 working day for DMs, records kept for a year.
 * A unit test keeps this equal to what the schema fills in for an empty `responses`.
 */

/** Perpres 21/2023: 37h30m a week from 07:30, a 60-minute break (90 minutes on Friday). */
export const PERPRES_WEEK: WorkingWeek = {
  mon: { start: '07:30', end: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  tue: { start: '07:30', end: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  wed: { start: '07:30', end: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  thu: { start: '07:30', end: '16:00', breaks: [{ start: '12:00', end: '13:00' }] },
  fri: { start: '07:30', end: '16:30', breaks: [{ start: '11:30', end: '13:00' }] },
  sat: null,
  sun: null,
};

/**
 * Ramadan: 32h30m a week from 08:00 (Perpres 21/2023 and the yearly KemenPAN-RB circular): Mon–Thu
 * 08:00–15:00 with 30 minutes' break, Friday 08:00–15:30 with 60 minutes for Friday prayer.
 */
export const RAMADAN_WEEK: WorkingWeek = {
  mon: { start: '08:00', end: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  tue: { start: '08:00', end: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  wed: { start: '08:00', end: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  thu: { start: '08:00', end: '15:00', breaks: [{ start: '12:00', end: '12:30' }] },
  fri: { start: '08:00', end: '15:30', breaks: [{ start: '11:30', end: '12:30' }] },
  sat: null,
  sun: null,
};

const workingHour: Target = { amount: 1, unit: 'hours', clock: 'working' };
const workingDay: Target = { amount: 1, unit: 'days', clock: 'working' };
const jakarta: TimeZone = 'Asia/Jakarta';

/** A fresh copy each call, so no caller can change another's defaults. */
export function defaultResponses() {
  return {
    calendar: {
      week: structuredClone(PERPRES_WEEK),
      ramadan: { enabled: true, week: structuredClone(RAMADAN_WEEK), periods: [] as { from: string; to: string }[] },
      nationalHolidays: true,
      extraHolidays: [] as { date: string; name: string }[],
    },
    timeZone: { default: jakarta, accounts: {} as Record<string, TimeZone> },
    targets: {
      byKind: {
        mention: { ...workingHour },
        comment: { ...workingHour },
        reply: { ...workingHour },
        dm: { ...workingDay },
      },
      byPlatform: {},
      byCategory: {},
    },
    categories: { words: {} },
    retentionDays: 365,
  };
}
