import { afterEach, describe, expect, test } from 'vitest';
import { ResponsesSchema } from '../../../src/config/responses';
import { defaultResponses } from '../../../src/config/responses-defaults';
import { addWorkingDays, addWorkingMs, clockFor, HOLIDAY_YEARS, nextOpening, workingMs } from '../../../src/tracker/calendar';
import { at, HOUR, MIN } from './rows';

const calendar = defaultResponses().calendar;
const WIB = 'Asia/Jakarta';
const WIT = 'Asia/Jayapura';

describe('the Perpres 21/2023 week', () => {
  test('a Monday counts 7.5 working hours, the break left out', () => {
    expect(workingMs(at('2026-12-07T00:00+07:00'), at('2026-12-08T00:00+07:00'), calendar, WIB)).toBe(7.5 * HOUR);
    expect(workingMs(at('2026-12-07T11:30+07:00'), at('2026-12-07T13:30+07:00'), calendar, WIB)).toBe(1 * HOUR);
  });

  test('a full week is 37 hours 30 minutes, and a Ramadan week 32 hours 30 minutes', () => {
    expect(workingMs(at('2026-11-30T00:00+07:00'), at('2026-12-07T00:00+07:00'), calendar, WIB)).toBe(37.5 * HOUR);
    expect(workingMs(at('2026-03-02T00:00+07:00'), at('2026-03-09T00:00+07:00'), calendar, WIB)).toBe(32.5 * HOUR);
  });

  test('an arrival off hours starts at the next opening', () => {
    expect(nextOpening(at('2026-12-04T20:00+07:00'), calendar, WIB)).toBe(at('2026-12-07T07:30+07:00'));
    expect(nextOpening(at('2026-12-07T06:59+07:00'), calendar, WIB)).toBe(at('2026-12-07T07:30+07:00'));
    expect(nextOpening(at('2026-12-07T12:10+07:00'), calendar, WIB)).toBe(at('2026-12-07T13:00+07:00'));
    expect(nextOpening(at('2026-12-07T09:00+07:00'), calendar, WIB)).toBe(at('2026-12-07T09:00+07:00'));
    // Saturday night to Monday morning: a reply at 08:00 took 30 working minutes.
    expect(workingMs(at('2026-12-05T22:00+07:00'), at('2026-12-07T08:00+07:00'), calendar, WIB)).toBe(30 * MIN);
  });

  test('the Friday prayer break (11:30–13:00) stops the clock', () => {
    expect(addWorkingMs(at('2026-12-04T11:00+07:00'), HOUR, calendar, WIB)).toBe(at('2026-12-04T13:30+07:00'));
    expect(addWorkingMs(at('2026-12-03T11:00+07:00'), HOUR, calendar, WIB)).toBe(at('2026-12-03T12:00+07:00'));
    expect(workingMs(at('2026-12-04T11:00+07:00'), at('2026-12-04T13:15+07:00'), calendar, WIB)).toBe(45 * MIN);
    // Friday runs to 16:30.
    expect(addWorkingMs(at('2026-12-04T16:00+07:00'), HOUR, calendar, WIB)).toBe(at('2026-12-07T08:00+07:00'));
  });

  test('holidays and cuti bersama between arrival and reply do not count', () => {
    // 2025: Thursday 25 December (Natal) and Friday 26 December (cuti bersama).
    const arrived = at('2025-12-24T15:30+07:00');
    expect(workingMs(arrived, at('2025-12-29T08:00+07:00'), calendar, WIB)).toBe(HOUR);
    expect(addWorkingMs(arrived, HOUR, calendar, WIB)).toBe(at('2025-12-29T08:00+07:00'));
    // Idulfitri 2026: cuti bersama 20, 23, 24 March around the holidays of 21–22 March.
    expect(nextOpening(at('2026-03-19T10:00+07:00'), calendar, WIB)).toBe(at('2026-03-25T07:30+07:00'));
  });

  test('Ramadan hours start at 08:00, with a shorter break and Friday prayer from 11:30', () => {
    expect(nextOpening(at('2026-03-02T07:45+07:00'), calendar, WIB)).toBe(at('2026-03-02T08:00+07:00'));
    expect(workingMs(at('2026-03-02T07:00+07:00'), at('2026-03-02T09:00+07:00'), calendar, WIB)).toBe(HOUR);
    expect(addWorkingMs(at('2026-03-06T11:00+07:00'), HOUR, calendar, WIB)).toBe(at('2026-03-06T13:00+07:00'));
    expect(addWorkingMs(at('2026-03-05T14:30+07:00'), HOUR, calendar, WIB)).toBe(at('2026-03-06T08:30+07:00'));
  });

  test('one working day is the same working moment on the next working day', () => {
    expect(addWorkingDays(at('2026-12-03T10:00+07:00'), 1, calendar, WIB)).toBe(at('2026-12-04T10:00+07:00'));
    expect(addWorkingDays(at('2026-12-04T10:00+07:00'), 1, calendar, WIB)).toBe(at('2026-12-07T10:00+07:00'));
    // Off hours on Saturday: counted from Monday's opening, due by Monday's close.
    expect(addWorkingDays(at('2026-12-05T10:00+07:00'), 1, calendar, WIB)).toBe(at('2026-12-07T16:00+07:00'));
  });

  test('a config adds a regional holiday and its own Ramadan dates', () => {
    const own = ResponsesSchema.parse({ calendar: { extraHolidays: [{ date: '2026-12-07', name: 'HUT Kota' }] } }).calendar;
    expect(nextOpening(at('2026-12-05T10:00+07:00'), own, WIB)).toBe(at('2026-12-08T07:30+07:00'));
    const noNational = ResponsesSchema.parse({ calendar: { nationalHolidays: false, ramadan: { enabled: false } } }).calendar;
    expect(workingMs(at('2025-12-25T00:00+07:00'), at('2025-12-26T00:00+07:00'), noNational, WIB)).toBe(7.5 * HOUR);
    expect(nextOpening(at('2026-03-02T07:45+07:00'), noNational, WIB)).toBe(at('2026-03-02T07:45+07:00'));
  });

  test('a calendar with no working day never opens instead of looping', () => {
    const closed = ResponsesSchema.parse({
      calendar: { week: { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null }, ramadan: { enabled: false } },
    }).calendar;
    expect(nextOpening(at('2026-12-07T09:00+07:00'), closed, WIB)).toBe(Number.POSITIVE_INFINITY);
    expect(workingMs(at('2026-12-07T09:00+07:00'), at('2026-12-09T09:00+07:00'), closed, WIB)).toBe(0);
  });
});

describe('time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  test('a WIT account keeps Jayapura hours, whatever zone the admin or the machine is in', () => {
    // Monday 06:00 WIT (04:00 WIB); the reply at 08:00 WIB is 10:00 WIT: 2.5 working hours in Jayapura.
    const arrived = at('2026-12-07T06:00+09:00');
    const replied = at('2026-12-07T08:00+07:00');
    const results = ['Asia/Jakarta', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      return [workingMs(arrived, replied, calendar, WIT), nextOpening(arrived, calendar, WIT), addWorkingMs(arrived, HOUR, calendar, WIT)];
    });
    for (const result of results) expect(result).toEqual([2.5 * HOUR, at('2026-12-07T07:30+09:00'), at('2026-12-07T08:30+09:00')]);
    // The same instants on a WIB account give the Jakarta figure.
    expect(workingMs(arrived, replied, calendar, WIB)).toBe(30 * MIN);
  });

  test('WITA opens an hour before WIB in absolute time', () => {
    const night = at('2026-12-06T20:00+07:00');
    expect(clockFor(calendar, 'Asia/Makassar').nextOpening(night)).toBe(at('2026-12-07T07:30+08:00'));
    expect(clockFor(calendar, 'Asia/Jakarta').nextOpening(night) - clockFor(calendar, 'Asia/Makassar').nextOpening(night)).toBe(HOUR);
  });
});

describe('holiday data', () => {
  test('the SKB counts hold: 2025 has 17 national holidays and 11 cuti bersama (10 + 18 August), 2026 has 17 and 8', () => {
    const count = (year: number, kind: string) => HOLIDAY_YEARS.find((y) => y.year === year)!.holidays.filter((h) => h.kind === kind).length;
    expect([count(2025, 'libur-nasional'), count(2025, 'cuti-bersama')]).toEqual([17, 11]);
    expect([count(2026, 'libur-nasional'), count(2026, 'cuti-bersama')]).toEqual([17, 8]);
  });

  test('every date is a real date of its year, listed once, with a source', () => {
    for (const year of HOLIDAY_YEARS) {
      expect(year.source.length).toBeGreaterThan(20);
      const dates = year.holidays.map((h) => h.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (const date of dates) {
        expect(date.startsWith(`${year.year}-`)).toBe(true);
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
      }
    }
  });
});
