import type { Platform } from '../messaging/protocol';
import type { ResponsesConfig } from '../config/responses';
import { clockFor, zoneOf } from '../tracker/calendar';
import { deadlineOf, targetFor } from '../tracker/metrics';
import type { Arrival, EpisodeRow } from '../tracker/model';
import { parseRelativeTime } from '../tracker/relative-time';

/**
 * What the background needs besides the tracker to turn observations into rows: item keys, arrivals
 * from the labels a page shows, and each episode's deadline. Pure.
 */

export const itemKey = (platform: Platform, account: string, itemId: string): string => `${platform}|${account}|${itemId}`;

/**
 * When an item arrived: the platform's exact time where the page gives one, else the range its
 * relative label allows in the account's zone; a label Pilar cannot read leaves only the moment it
 * was seen (marked approximate).
 */
export function arrivalOf(time: { exact?: string; relative?: string }, seenAt: number, zone: string): Arrival {
  if (time.exact !== undefined) {
    const at = Date.parse(time.exact);
    if (Number.isFinite(at)) return { precision: 'exact', at: Math.min(at, seenAt) };
  }
  const parsed = time.relative === undefined ? undefined : parseRelativeTime(time.relative, seenAt, zone);
  return parsed ?? { precision: 'approximate', earliest: seenAt, latest: seenAt };
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
