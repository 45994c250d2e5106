import type { Arrival, EpisodeRow, IncomingRow, MarkRow, ReplyRow } from './model';

/**
 * Episodes from the plain rows: per citizen in a thread (platform + account + threadId + author), an
 * episode opens at the first unanswered incoming item, takes in that citizen's follow-ups, and closes
 * with the first qualifying reply to one of their items or an admin's mark. Citizens commenting on
 * the same post each wait for their own reply. A `reopen` mark starts a new episode at the mark. The rows are put into one total
 * order first, so the order in which observations arrived never changes the result.
 */

/** The earliest time an item can have arrived (an approximate arrival counts from its earliest). */
export function arrivalTime(arrival: Arrival): number {
  return arrival.precision === 'exact' ? arrival.at : arrival.earliest;
}

/** A reply counts at the platform's own time once seen on the page, else at its submit time. */
export function replyTime(reply: ReplyRow): number {
  return reply.platformAt ?? reply.sentAt;
}

export function threadKey(row: { platform: string; account: string; threadId: string }): string {
  return `${row.platform}\u0000${row.account}\u0000${row.threadId}`;
}

type Event =
  | { rank: 0; at: number; tie: string; item: IncomingRow }
  | { rank: 1; at: number; tie: string; mark: MarkRow; item: IncomingRow }
  | { rank: 2; at: number; tie: string; reply: ReplyRow }
  | { rank: 3; at: number; tie: string; mark: MarkRow; item: IncomingRow };

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Of two observations of one item, the earliest wins (ties decided by content, not by order). */
function earlier(a: IncomingRow, b: IncomingRow): IncomingRow {
  const byTime = a.firstSeenAt - b.firstSeenAt || arrivalTime(a.arrival) - arrivalTime(b.arrival);
  if (byTime !== 0) return byTime < 0 ? a : b;
  return compareStrings(JSON.stringify(a), JSON.stringify(b)) <= 0 ? a : b;
}

/** One citizen's conversation with the account: a reply to any of its items answers the others too. */
const waitKey = (item: IncomingRow) => `${threadKey(item)}\u0000${item.author}`;

export function episodesOf(items: readonly IncomingRow[], replies: readonly ReplyRow[], marks: readonly MarkRow[]): EpisodeRow[] {
  const byKey = new Map<string, IncomingRow>();
  for (const item of items) {
    const seen = byKey.get(item.key);
    byKey.set(item.key, seen === undefined ? item : earlier(seen, item));
  }

  const threads = new Map<string, Event[]>();
  const push = (key: string, event: Event) => {
    const events = threads.get(key);
    if (events === undefined) threads.set(key, [event]);
    else events.push(event);
  };
  for (const item of byKey.values()) push(waitKey(item), { rank: 0, at: arrivalTime(item.arrival), tie: item.key, item });
  for (const reply of replies) {
    const item = byKey.get(reply.itemKey);
    if (item === undefined) continue; // a reply to an item no one has observed
    push(waitKey(item), { rank: 2, at: replyTime(reply), tie: reply.id, reply });
  }
  for (const mark of marks) {
    const item = byKey.get(mark.itemKey);
    if (item === undefined) continue; // a mark on an item no one has observed
    const rank = mark.kind === 'reopen' ? 1 : 3;
    push(waitKey(item), { rank, at: mark.at, tie: mark.id, mark, item });
  }

  const episodes: EpisodeRow[] = [];
  // Item keys are unique across threads, so one map and one set serve every thread.
  const started = new Map<string, number>();
  const placed = new Set<string>();
  for (const events of threads.values()) {
    if (events.length > 1) events.sort((a, b) => a.at - b.at || a.rank - b.rank || compareStrings(a.tie, b.tie));
    threadEpisodes(events, episodes, started, placed);
  }
  return episodes.sort((a, b) => a.openedAt - b.openedAt || compareStrings(a.id, b.id));
}

/**
 * Walks one thread's events in order, appending its episodes. `started` counts episodes begun per
 * first item (for ids `<key>#<n>`); `placed` holds items that already belong to an episode.
 */
function threadEpisodes(events: Event[], episodes: EpisodeRow[], started: Map<string, number>, placed: Set<string>): void {
  let open: EpisodeRow | undefined;

  const begin = (item: IncomingRow, at: number, approximate: boolean): EpisodeRow => {
    const n = (started.get(item.key) ?? 0) + 1;
    started.set(item.key, n);
    placed.add(item.key);
    const episode: EpisodeRow = {
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
    episodes.push(episode);
    return episode;
  };

  for (const event of events) {
    switch (event.rank) {
      case 0:
        if (open !== undefined) {
          open.itemKeys.push(event.item.key);
          placed.add(event.item.key);
        } else open = begin(event.item, event.at, event.item.arrival.precision === 'approximate');
        break;
      case 1:
        // Reopening an item that is not waiting starts a new wait at the mark.
        if (open === undefined && placed.has(event.item.key)) open = begin(event.item, event.at, false);
        break;
      case 2:
        if (open !== undefined) {
          open.state = 'answered';
          open.firstResponseAt = event.at;
          open.responseTimeSource = event.reply.platformAt === undefined ? 'submit' : 'platform';
          open.closedAt = event.at;
          open.closedBy = event.reply.id;
          open = undefined;
        }
        break;
      case 3:
        // A mark on any item of the waiting episode settles the episode (the queue shows one row).
        if (open !== undefined && open.itemKeys.includes(event.item.key)) {
          open.state = event.mark.kind === 'no-reply-needed' ? 'no-reply-needed' : 'answered-elsewhere';
          open.closedAt = event.at;
          open.closedBy = event.mark.id;
          open = undefined;
        }
        break;
    }
  }
}
