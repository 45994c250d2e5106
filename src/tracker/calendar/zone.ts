/**
 * Local time in an IANA zone through Intl (no offset tables of our own), independent of the
 * machine's zone: an admin in Jakarta reading a Jayapura account sees Jayapura's clock.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** Milliseconds to add to UTC to get the zone's wall clock at instant `t`. */
export function offsetMs(zone: string, t: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(t)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/** Days since 1970-01-01 of the local date at `t`. */
export function localDay(zone: string, t: number): number {
  return Math.floor((t + offsetMs(zone, t)) / DAY_MS);
}

/** The instant at which local wall time `day` + `minutes` happens in `zone`. */
export function instantOf(zone: string, day: number, minutes = 0): number {
  const wall = day * DAY_MS + minutes * 60_000;
  // Two steps settle the offset even next to a change (none in Indonesia, but the zone decides).
  const first = wall - offsetMs(zone, wall);
  return wall - offsetMs(zone, first);
}

/** `YYYY-MM-DD` of a local day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Local day number of a `YYYY-MM-DD` date. */
export function dayOfIso(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export { DAY_MS };
