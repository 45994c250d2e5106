import type { EpisodeRow, ReplyRow } from '../model';
import type { Clocks } from './clock';
import { responseFigures, type ResponseFigures } from './response';

export interface BreakdownRow {
  /** The platform, `platform:account`, category or admin id. */
  key: string;
  episodes: number;
  answered: number;
  responseRate: number | undefined;
  response: ResponseFigures;
  /** Every episode of the row: the drill-down. */
  ids: string[];
}

export type BreakdownBy = 'platform' | 'account' | 'category';

const KEY: Record<BreakdownBy, (episode: EpisodeRow) => string> = {
  platform: (episode) => episode.platform,
  account: (episode) => `${episode.platform}:${episode.account}`,
  category: (episode) => episode.category,
};

function rowOf(key: string, episodes: EpisodeRow[], now: number, clocks: Clocks, targetMs: number): BreakdownRow {
  const answered = episodes.filter((e) => e.state === 'answered' || e.state === 'answered-elsewhere').length;
  const eligible = episodes.filter((e) => e.state !== 'no-reply-needed').length;
  return {
    key,
    episodes: episodes.length,
    answered,
    responseRate: eligible === 0 ? undefined : answered / eligible,
    response: responseFigures(episodes, now, clocks, targetMs),
    ids: episodes.map((e) => e.id),
  };
}

function groups<T>(list: T[], keyOf: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of list) {
    const key = keyOf(value);
    const group = map.get(key);
    if (group) group.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/** One row per platform, account or category, busiest first. */
export function breakdown(by: BreakdownBy, episodes: EpisodeRow[], now: number, clocks: Clocks, targetMs: number): BreakdownRow[] {
  return [...groups(episodes, KEY[by])]
    .map(([key, group]) => rowOf(key, group, now, clocks, targetMs))
    .sort((a, b) => b.episodes - a.episodes || a.key.localeCompare(b.key));
}

/** Who sent the first reply of each answered episode: the admin is credited, not an assignee. */
export function firstResponders(episodes: EpisodeRow[], replies: ReplyRow[]): Map<string, string> {
  const firstReply = new Map<string, ReplyRow>();
  for (const reply of replies) {
    const known = firstReply.get(reply.itemKey);
    if (!known || reply.sentAt < known.sentAt || (reply.sentAt === known.sentAt && reply.id < known.id)) firstReply.set(reply.itemKey, reply);
  }
  const responders = new Map<string, string>();
  for (const episode of episodes) {
    if (episode.state !== 'answered') continue;
    let first: ReplyRow | undefined;
    for (const key of episode.itemKeys) {
      const reply = firstReply.get(key);
      if (reply && (!first || reply.sentAt < first.sentAt)) first = reply;
    }
    if (first) responders.set(episode.id, first.observedBy);
  }
  return responders;
}

export interface AdminRow extends BreakdownRow {
  /** Replies the admin sent in the period (follow-ups included). */
  repliesSent: number;
}

/** Per admin: replies sent, episodes they answered first, and the times of those episodes. */
export function adminBreakdown(episodes: EpisodeRow[], replies: ReplyRow[], now: number, clocks: Clocks, targetMs: number): AdminRow[] {
  const responders = firstResponders(episodes, replies);
  const answeredBy = groups(
    episodes.filter((e) => responders.has(e.id)),
    (e) => responders.get(e.id)!,
  );
  const sent = groups(replies, (reply) => reply.observedBy);
  const admins = new Set([...answeredBy.keys(), ...sent.keys()]);
  return [...admins]
    .map((admin) => ({ ...rowOf(admin, answeredBy.get(admin) ?? [], now, clocks, targetMs), repliesSent: sent.get(admin)?.length ?? 0 }))
    .sort((a, b) => b.repliesSent - a.repliesSent || a.key.localeCompare(b.key));
}
