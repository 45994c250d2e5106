import type { QueueEntry } from '../messaging/protocol';
import { localDate } from './day';

/** Spreadsheet apps run a cell that starts with = + - @ as a formula (CSV injection); a quote stops it. */
function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const localTime = (ms: number, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);

export const DAY_LIST_COLUMNS = ['date', 'time', 'zone', 'platform', 'account', 'kind', 'category', 'author', 'snippet', 'url', 'state', 'approximate', 'answered_at', 'response_minutes'] as const;

/** A day's episodes as CSV, one row per episode, times in each account's zone. */
export function dayListCsv(entries: QueueEntry[]): string {
  const rows = entries.map((entry) => [
    localDate(entry.openedAt, entry.zone),
    localTime(entry.openedAt, entry.zone),
    entry.zone,
    entry.platform,
    entry.account,
    entry.kind,
    entry.category,
    entry.author,
    entry.snippet,
    entry.url,
    entry.state,
    entry.approximate ? 'yes' : 'no',
    entry.firstResponseAt === undefined ? undefined : new Date(entry.firstResponseAt).toISOString(),
    entry.firstResponseAt === undefined ? undefined : Math.round((entry.firstResponseAt - entry.openedAt) / 60_000),
  ]);
  return [DAY_LIST_COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
