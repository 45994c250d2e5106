import type { Platform } from '../messaging/protocol';
import type { ResponsesConfig } from '../config/responses';
import { clockFor, zoneOf } from '../tracker/calendar';
import { deadlineOf, targetFor } from '../tracker/metrics';
import type { Arrival, Category, EpisodeRow } from '../tracker/model';

/**
 * What the background needs besides the tracker to turn observations into rows: item keys, arrivals
 * from the labels a page shows, categories, and each episode's deadline. Pure.
 */

export const itemKey = (platform: Platform, account: string, itemId: string): string => `${platform}|${account}|${itemId}`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Relative labels as the platforms print them ("3 mnt", "2 j", "2h", "5 hari", "kemarin"). */
const UNITS: [RegExp, number][] = [
  [/^(\d+)\s*(d|dtk|detik|s|sec|secs|seconds?)$/, 1000],
  [/^(\d+)\s*(m|mnt|menit|min|mins|minutes?)$/, MINUTE],
  [/^(\d+)\s*(j|jam|h|hr|hrs|hours?)$/, HOUR],
  [/^(\d+)\s*(hari|days?)$/, DAY],
  [/^(\d+)\s*(mgg|minggu|w|wk|weeks?)$/, 7 * DAY],
];

/**
 * When an item arrived: the platform's exact time where the page gives one, else the range its
 * relative label allows (a label is rounded down, so "2 j" means between 2 and 3 hours ago).
 */
export function arrivalOf(time: { exact?: string; relative?: string }, seenAt: number): Arrival {
  if (time.exact !== undefined) {
    const at = Date.parse(time.exact);
    if (Number.isFinite(at)) return { precision: 'exact', at: Math.min(at, seenAt) };
  }
  const label = (time.relative ?? '').trim().toLowerCase().replace(/\s+yang lalu$|\s+ago$/, '');
  if (label === 'kemarin' || label === 'yesterday') return { precision: 'approximate', earliest: seenAt - 2 * DAY, latest: seenAt - DAY / 24 };
  for (const [pattern, unit] of UNITS) {
    const match = pattern.exec(label);
    if (match) {
      const n = Number(match[1]);
      return { precision: 'approximate', earliest: seenAt - (n + 1) * unit, latest: seenAt - n * unit };
    }
  }
  return { precision: 'approximate', earliest: seenAt, latest: seenAt };
}

const CATEGORY_WORDS: [Category, RegExp][] = [
  ['aduan', /\b(rusak|macet|lapor|keluh|kecewa|parah|belum (diperbaiki|cair|datang)|tidak (berfungsi|jalan)|mati|banjir|pungli|lambat)\w*/iu],
  ['pertanyaan', /\?|\b(bagaimana|gimana|kapan|dimana|di mana|apakah|berapa|syarat|cara)\b/iu],
  ['aspirasi', /\b(mohon|usul|saran|harap|tolong|semoga|sebaiknya)\w*/iu],
  ['apresiasi', /\b(terima ?kasih|makasih|mantap|keren|hebat|bagus|sukses|apresiasi)\b/iu],
];

/** The category of an incoming item's text and the words that decided it. */
export function categorize(text: string): { category: Category; evidence: string[] } {
  for (const [category, pattern] of CATEGORY_WORDS) {
    const match = pattern.exec(text);
    if (match) return { category, evidence: [match[0]] };
  }
  return { category: 'lainnya', evidence: [] };
}

/** Deadlines of episodes under one config; a clock per account zone is built once. */
export function deadlines(config: ResponsesConfig) {
  const clocks = new Map<string, ReturnType<typeof clockFor>>();
  return (episode: EpisodeRow): number => {
    const zone = zoneOf(config, episode.platform, episode.account);
    let clock = clocks.get(zone);
    if (!clock) clocks.set(zone, (clock = clockFor(config.calendar, zone)));
    return deadlineOf(episode.openedAt, targetFor(episode, config.targets), clock);
  };
}
