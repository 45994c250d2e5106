import { dayOfIso, instantOf, isoDate, localDay } from './calendar/zone';
import type { Arrival } from './model';

/**
 * Reads the time labels that pages show instead of a timestamp ("2 j", "3 mnt", "kemarin", "2h",
 * "Jun 3", "2 jam yang lalu") as the range of instants the item can have arrived in, given when it
 * was seen and the account's zone. A label of n units seen at t means (t − (n+1)·unit, t − n·unit]:
 * "2 j" is more than two hours and less than three. A label it cannot read gives `undefined`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNITS: Record<string, Unit> = {
  s: 'second', sec: 'second', secs: 'second', second: 'second', seconds: 'second', dtk: 'second', detik: 'second',
  m: 'minute', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute', mnt: 'minute', menit: 'minute',
  hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour', j: 'hour', jam: 'hour',
  d: 'day', day: 'day', days: 'day', hari: 'day',
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week', mgg: 'week', minggu: 'week',
  mo: 'month', mos: 'month', month: 'month', months: 'month', bln: 'month', bulan: 'month',
  y: 'year', yr: 'year', yrs: 'year', year: 'year', years: 'year', thn: 'year', tahun: 'year',
};

/** Shortest and longest length of one unit (months and years vary). */
const SPAN: Record<Unit, [number, number]> = {
  second: [SECOND, SECOND],
  minute: [MINUTE, MINUTE],
  hour: [HOUR, HOUR],
  day: [DAY, DAY],
  week: [7 * DAY, 7 * DAY],
  month: [28 * DAY, 31 * DAY],
  year: [365 * DAY, 366 * DAY],
};

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2, pebruari: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

const WEEKDAYS: Record<string, number> = {
  minggu: 0, ahad: 0, sunday: 0, sun: 0,
  senin: 1, monday: 1, mon: 1,
  selasa: 2, tuesday: 2, tue: 2, tues: 2,
  rabu: 3, wednesday: 3, wed: 3,
  kamis: 4, thursday: 4, thu: 4, thurs: 4,
  jumat: 5, "jum'at": 5, friday: 5, fri: 5,
  sabtu: 6, saturday: 6, sat: 6,
};

const JUST_NOW = new Set(['baru saja', 'barusan', 'just now', 'now', 'sekarang', 'beberapa detik', 'a few seconds', 'few seconds']);

export interface RelativeTimeOptions {
  /**
   * The page's language, for the one letter that differs: a bare "h" is hours in English ("2h")
   * and hari (days) in Indonesian ("2 h"), as is "hr". Default English.
   */
  lang?: 'id' | 'en';
}

const approximate = (earliest: number, latest: number): Arrival => ({ precision: 'approximate', earliest, latest });

/** Normalises a label: lower case, one space, no "yang lalu"/"ago" or decoration around it. */
function clean(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\s·•,.-]+|[\s·•,.-]+$/g, '')
    .replace(/\s*(?:yang lalu|yg lalu|lalu|ago)$/, '')
    .replace(/^(?:sekitar|kira-kira|about|around)\s+/, '')
    .trim();
}

/** "14.30", "14:30", "2:30 pm", "pukul 09.15 wib" → minutes after midnight. */
function clockMinutes(text: string): number | undefined {
  const match = /^(?:pukul|pkl\.?|jam|at)?\s*(\d{1,2})[.:](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:wib|wita|wit)?$/.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.[0];
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/** A local day, or a minute of it when a time follows, as a range that cannot end after `seenAt`. */
function dayRange(day: number, rest: string, seenAt: number, zone: string): Arrival | undefined {
  const trimmed = rest.replace(/^,\s*/, '').trim();
  if (trimmed === '') {
    const start = instantOf(zone, day);
    const end = instantOf(zone, day + 1) - 1;
    return start > seenAt ? undefined : approximate(start, Math.min(end, seenAt));
  }
  const minutes = clockMinutes(trimmed);
  if (minutes === undefined) return undefined;
  const start = instantOf(zone, day, minutes);
  return start > seenAt ? undefined : approximate(start, Math.min(start + MINUTE - 1, seenAt));
}

function dayOf(year: number, month: number, date: number): number | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  const day = dayOfIso(iso);
  return Number.isNaN(day) || isoDate(day) !== iso ? undefined : day;
}

function calendarDate(text: string, seenAt: number, zone: string): Arrival | undefined {
  const today = localDay(zone, seenAt);
  const thisYear = Number(isoDate(today).slice(0, 4));
  // "3 Jun", "3 Juni 2025", "3 Juni 2025 pukul 10.15"
  let match = /^(\d{1,2}) ([a-z]+)\.?(?: (\d{4}))?(?:,? (.*))?$/.exec(text);
  let date: number, month: number | undefined, year: number | undefined, rest: string;
  if (match && MONTHS[match[2]!] !== undefined) {
    [date, month, year, rest] = [Number(match[1]), MONTHS[match[2]!], match[3] ? Number(match[3]) : undefined, match[4] ?? ''];
  } else {
    // "Jun 3", "June 3, 2025", "Jun 3 at 10:15 AM"
    match = /^([a-z]+)\.? (\d{1,2})(?:,? (\d{4}))?(?:,? (.*))?$/.exec(text);
    if (!match || MONTHS[match[1]!] === undefined) return undefined;
    [date, month, year, rest] = [Number(match[2]), MONTHS[match[1]!], match[3] ? Number(match[3]) : undefined, match[4] ?? ''];
  }
  if (month === undefined) return undefined;
  let day = dayOf(year ?? thisYear, month, date);
  // Without a year, the label means the latest such date not after the day it was seen.
  if (year === undefined && day !== undefined && day > today) day = dayOf(thisYear - 1, month, date);
  return day === undefined ? undefined : dayRange(day, rest, seenAt, zone);
}

/** When an item with this label, seen at `seenAt`, can have arrived; `undefined` when unreadable. */
export function parseRelativeTime(label: string, seenAt: number, zone: string, options: RelativeTimeOptions = {}): Arrival | undefined {
  const text = clean(label);
  if (text === '') return undefined;
  if (JUST_NOW.has(text)) return approximate(seenAt - MINUTE, seenAt);

  const amount = /^(?:(\d+)\s*|(?:a|an|one|satu) |se)([a-z]+)\.?$/.exec(text);
  if (amount) {
    const word = amount[2]!;
    const unit: Unit | undefined = (word === 'h' || word === 'hr') && options.lang === 'id' ? 'day' : word === 'h' ? 'hour' : UNITS[word];
    // "se" only joins whole words ("sejam", "semenit"), never abbreviations.
    if (unit !== undefined && !(amount[1] === undefined && word.length < 3)) {
      const n = amount[1] === undefined ? 1 : Number(amount[1]);
      const [shortest, longest] = SPAN[unit];
      return approximate(seenAt - (n + 1) * longest, seenAt - n * shortest);
    }
  }

  const today = localDay(zone, seenAt);
  const named = /^(kemarin|yesterday|hari ini|today)(?:,? (.*))?$/.exec(text);
  if (named) {
    const day = named[1] === 'kemarin' || named[1] === 'yesterday' ? today - 1 : today;
    return dayRange(day, named[2] ?? '', seenAt, zone);
  }

  const weekday = /^([a-z']+)(?:,? (.*))?$/.exec(text);
  if (weekday && WEEKDAYS[weekday[1]!] !== undefined) {
    // A weekday name means the last such day before today (today's items show a time instead).
    const back = (((today + 4 - WEEKDAYS[weekday[1]!]!) % 7) + 7) % 7 || 7;
    return dayRange(today - back, weekday[2] ?? '', seenAt, zone);
  }

  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,? (.*))?$/.exec(text);
  if (numeric) {
    // Indonesian order: day/month/year.
    const day = dayOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return day === undefined ? undefined : dayRange(day, numeric[4] ?? '', seenAt, zone);
  }

  return calendarDate(text, seenAt, zone);
}
