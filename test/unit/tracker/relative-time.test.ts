import { describe, expect, test } from 'vitest';
import { parseRelativeTime } from '../../../src/tracker/relative-time';
import { at, HOUR, MIN } from './rows';

const DAY = 24 * HOUR;
// Seen on Friday 4 December 2026 at 10:00 in Jakarta.
const SEEN = at('2026-12-04T10:00+07:00');
const WIB = 'Asia/Jakarta';
const range = (earliest: number, latest: number) => ({ precision: 'approximate', earliest, latest });

describe('relative labels in Indonesian', () => {
  test.each([
    ['baru saja', range(SEEN - MIN, SEEN)],
    ['3 mnt', range(SEEN - 4 * MIN, SEEN - 3 * MIN)],
    ['2 j', range(SEEN - 3 * HOUR, SEEN - 2 * HOUR)],
    ['2 jam', range(SEEN - 3 * HOUR, SEEN - 2 * HOUR)],
    ['2 jam yang lalu', range(SEEN - 3 * HOUR, SEEN - 2 * HOUR)],
    ['sejam yang lalu', range(SEEN - 2 * HOUR, SEEN - HOUR)],
    ['5 hari', range(SEEN - 6 * DAY, SEEN - 5 * DAY)],
    ['1 mgg', range(SEEN - 14 * DAY, SEEN - 7 * DAY)],
    ['45 dtk', range(SEEN - 46_000, SEEN - 45_000)],
  ])('%s', (label, expected) => {
    expect(parseRelativeTime(label, SEEN, WIB, { lang: 'id' })).toEqual(expected);
  });

  test('a bare "h" is hari on an Indonesian page and hours on an English one', () => {
    expect(parseRelativeTime('2 h', SEEN, WIB, { lang: 'id' })).toEqual(range(SEEN - 3 * DAY, SEEN - 2 * DAY));
    expect(parseRelativeTime('2h', SEEN, WIB)).toEqual(range(SEEN - 3 * HOUR, SEEN - 2 * HOUR));
  });

  test('kemarin is the whole previous local day; with a time, that minute', () => {
    expect(parseRelativeTime('kemarin', SEEN, WIB)).toEqual(range(at('2026-12-03T00:00+07:00'), at('2026-12-04T00:00+07:00') - 1));
    expect(parseRelativeTime('Kemarin pukul 14.30', SEEN, WIB)).toEqual(range(at('2026-12-03T14:30+07:00'), at('2026-12-03T14:31+07:00') - 1));
  });

  test('dates with Indonesian month names, with and without a year', () => {
    expect(parseRelativeTime('3 Jun', SEEN, WIB)).toEqual(range(at('2026-06-03T00:00+07:00'), at('2026-06-04T00:00+07:00') - 1));
    expect(parseRelativeTime('3 Juni 2025', SEEN, WIB)).toEqual(range(at('2025-06-03T00:00+07:00'), at('2025-06-04T00:00+07:00') - 1));
    // 25 Desember has not come yet this year: it was last year's.
    expect(parseRelativeTime('25 Des', SEEN, WIB)).toEqual(range(at('2025-12-25T00:00+07:00'), at('2025-12-26T00:00+07:00') - 1));
    expect(parseRelativeTime('03/06/2025', SEEN, WIB)).toEqual(range(at('2025-06-03T00:00+07:00'), at('2025-06-04T00:00+07:00') - 1));
  });

  test('a weekday name is the last such day before today', () => {
    expect(parseRelativeTime('Senin', SEEN, WIB)).toEqual(range(at('2026-11-30T00:00+07:00'), at('2026-12-01T00:00+07:00') - 1));
    expect(parseRelativeTime('Jumat', SEEN, WIB)).toEqual(range(at('2026-11-27T00:00+07:00'), at('2026-11-28T00:00+07:00') - 1));
  });
});

describe('relative labels in English', () => {
  test.each([
    ['just now', range(SEEN - MIN, SEEN)],
    ['3m', range(SEEN - 4 * MIN, SEEN - 3 * MIN)],
    ['2h', range(SEEN - 3 * HOUR, SEEN - 2 * HOUR)],
    ['1d', range(SEEN - 2 * DAY, SEEN - DAY)],
    ['2w', range(SEEN - 21 * DAY, SEEN - 14 * DAY)],
    ['2 hours ago', range(SEEN - 3 * HOUR, SEEN - 2 * HOUR)],
    ['an hour ago', range(SEEN - 2 * HOUR, SEEN - HOUR)],
    ['5 minutes ago', range(SEEN - 6 * MIN, SEEN - 5 * MIN)],
  ])('%s', (label, expected) => {
    expect(parseRelativeTime(label, SEEN, WIB, { lang: 'en' })).toEqual(expected);
  });

  test('Yesterday, month-first dates and times of day', () => {
    expect(parseRelativeTime('Yesterday', SEEN, WIB)).toEqual(range(at('2026-12-03T00:00+07:00'), at('2026-12-04T00:00+07:00') - 1));
    expect(parseRelativeTime('Yesterday at 2:30 PM', SEEN, WIB)).toEqual(range(at('2026-12-03T14:30+07:00'), at('2026-12-03T14:31+07:00') - 1));
    expect(parseRelativeTime('Jun 3', SEEN, WIB)).toEqual(range(at('2026-06-03T00:00+07:00'), at('2026-06-04T00:00+07:00') - 1));
    expect(parseRelativeTime('June 3, 2025', SEEN, WIB)).toEqual(range(at('2025-06-03T00:00+07:00'), at('2025-06-04T00:00+07:00') - 1));
    // Today's date cannot reach past the moment it was seen.
    expect(parseRelativeTime('Dec 4', SEEN, WIB)).toEqual(range(at('2026-12-04T00:00+07:00'), SEEN));
  });
});

describe('zones and unknown labels', () => {
  test('"kemarin" follows the account zone: seen at 01:00 WIT it is still the day before in Jakarta', () => {
    const seen = at('2026-12-04T01:00+09:00'); // 23:00 on 3 December in Jakarta
    expect(parseRelativeTime('kemarin', seen, 'Asia/Jayapura')).toEqual(range(at('2026-12-03T00:00+09:00'), at('2026-12-04T00:00+09:00') - 1));
    expect(parseRelativeTime('kemarin', seen, WIB)).toEqual(range(at('2026-12-02T00:00+07:00'), at('2026-12-03T00:00+07:00') - 1));
  });

  test.each(['', 'lihat balasan', 'Suka', '31 Feb', '2 lightyears', 'Jun 3 at 25:00', 'sen'])('"%s" is not a time', (label) => {
    expect(parseRelativeTime(label, SEEN, WIB)).toBeUndefined();
  });
});
