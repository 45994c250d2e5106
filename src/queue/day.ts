/** Calendar days in an account's zone, through Intl (no offset tables of our own). */

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (zone: string) => {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, format);
  }
  return format;
};

function wallClock(ms: number, zone: string): number {
  const parts = Object.fromEntries(formatter(zone).formatToParts(ms).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return new Date(wallClock(ms, zone)).toISOString().slice(0, 10);
}

/** The instants `[from, to)` of a calendar day in a zone. */
export function dayRange(date: string, zone: string): [number, number] {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  // The zone's offset at that moment (Indonesia has no daylight saving, so one probe suffices).
  const offset = wallClock(midnight, zone) - midnight;
  return [midnight - offset, midnight - offset + 86_400_000];
}
