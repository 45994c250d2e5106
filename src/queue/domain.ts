import type { Platform } from '../messaging/protocol';
import type { Arrival, Category, EpisodeRow, IncomingRow, ItemKind, MarkRow, ReplyRow } from '../tracker/model';

/**
 * The reply queue's domain as the store and the side panel use it: keys, arrivals, categories,
 * episodes and targets. Pure; the store derives episodes with it on every write.
 */

export const itemKey = (platform: Platform, account: string, itemId: string): string => `${platform}|${account}|${itemId}`;
export const threadKey = (platform: Platform, account: string, threadId: string): string => `${platform}|${account}|${threadId}`;

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

export const arrivalStart = (arrival: Arrival): number => (arrival.precision === 'exact' ? arrival.at : arrival.earliest);

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

/** Default targets: one hour for mentions and comments, one day for DMs. */
export const targetMs = (kind: ItemKind): number => (kind === 'dm' ? DAY : HOUR);

/** When an episode must be answered by. */
export const dueAtOf = (episode: EpisodeRow): number => episode.openedAt + targetMs(episode.kind);

type Event =
  | { at: number; order: 0; item: IncomingRow }
  | { at: number; order: 1; reply: ReplyRow }
  | { at: number; order: 2; mark: MarkRow };

/**
 * The episodes of one thread. An episode opens at the first item with none open, gathers the
 * follow-ups, and closes at the first reply to any of its items or a mark on one of them; a reopen
 * mark starts a new episode for the item. Events are ordered by time then key, so the order in
 * which observations arrived never matters.
 */
export function episodesOf(items: IncomingRow[], replies: ReplyRow[], marks: MarkRow[]): EpisodeRow[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const events: Event[] = [
    ...items.map((item) => ({ at: arrivalStart(item.arrival), order: 0 as const, item })),
    ...replies.filter((reply) => byKey.has(reply.itemKey)).map((reply) => ({ at: reply.platformAt ?? reply.sentAt, order: 1 as const, reply })),
    ...marks.filter((mark) => byKey.has(mark.itemKey)).map((mark) => ({ at: mark.at, order: 2 as const, mark })),
  ];
  const id = (event: Event) => ('item' in event ? event.item.key : 'reply' in event ? event.reply.id : event.mark.id);
  events.sort((a, b) => a.at - b.at || a.order - b.order || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));

  const episodes: EpisodeRow[] = [];
  const opened = new Map<string, number>();
  let open: EpisodeRow | undefined;
  const start = (item: IncomingRow, at: number, approximate: boolean) => {
    const n = (opened.get(item.key) ?? 0) + 1;
    opened.set(item.key, n);
    open = {
      id: `${item.key}#${n}`,
      platform: item.platform,
      account: item.account,
      threadId: item.threadId,
      kind: item.kind,
      category: item.category,
      openedAt: at,
      approximate,
      itemKeys: [item.key],
      state: 'open',
    };
    episodes.push(open);
  };
  for (const event of events) {
    if ('item' in event) {
      if (open) open.itemKeys.push(event.item.key);
      else start(event.item, event.at, event.item.arrival.precision === 'approximate');
    } else if ('reply' in event) {
      if (!open) continue;
      Object.assign(open, {
        state: 'answered',
        firstResponseAt: event.at,
        responseTimeSource: event.reply.platformAt === undefined ? 'submit' : 'platform',
        closedAt: event.at,
      });
      open = undefined;
    } else if (event.mark.kind === 'reopen') {
      if (!open) start(byKey.get(event.mark.itemKey)!, event.at, false);
    } else if (open?.itemKeys.includes(event.mark.itemKey)) {
      Object.assign(open, { state: event.mark.kind, closedAt: event.at });
      open = undefined;
    }
  }
  return episodes;
}
