import { Dexie } from 'dexie';
import type { ResponsesConfig } from '../config/responses';
import type { Platform, QueueEntry, QueueFilter } from '../messaging/protocol';
import { deadlines } from '../queue/domain';
import { episodesOf, threadKey } from '../tracker/episodes';
import { timingOf } from '../tracker/metrics';
import type { Category, IncomingRow, MarkRow, ReplyRow } from '../tracker/model';
import { UNKNOWN_ACCOUNT } from '../tracker/model';
import type { PilarDb, StoredEpisode, StoredIncoming } from './db';

/**
 * Every read and write of the reply queue. Each write is one strict-durability transaction that
 * also re-derives the episodes of the threads it touched, so the stored episodes always match the
 * raw rows; a caller's promise resolves only once that transaction has committed.
 */

const HOUR = 3_600_000;

/** A reply by the account seen on the page: gives a sent reply its platform time. */
export interface SeenReply {
  itemKey: string;
  replyId: string;
  platform: Platform;
  account: string;
  platformAt?: number;
  seenAt: number;
  observedBy: string;
}

const queueTables = (db: PilarDb) => [db.incoming, db.replies, db.marks, db.episodes, db.coverage, db.settings];

/** Earliest observation wins: the first-seen time, and the platform's exact time over a range. */
function merged(existing: StoredIncoming, seen: StoredIncoming): StoredIncoming {
  const first = seen.firstSeenAt < existing.firstSeenAt ? seen : existing;
  const exact = [existing, seen].find((row) => row.arrival.precision === 'exact');
  const category = existing.categorySource === 'admin' ? existing : first;
  return {
    ...first,
    arrival: exact && first.arrival.precision !== 'exact' ? exact.arrival : first.arrival,
    firstSeenAt: Math.min(existing.firstSeenAt, seen.firstSeenAt),
    category: category.category,
    categoryEvidence: category.categoryEvidence,
    categorySource: category.categorySource,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rewrites the episodes of the given threads from their items, replies and marks, due by the config's targets. */
async function rederive(db: PilarDb, threads: Iterable<string>, config: ResponsesConfig): Promise<void> {
  const dueAtOf = deadlines(config);
  for (const thread of new Set(threads)) {
    const items = await db.incoming.where('thread').equals(thread).toArray();
    const keys = items.map((item) => item.key);
    const [replies, marks] = await Promise.all([
      keys.length ? db.replies.where('itemKey').anyOf(keys).toArray() : [],
      keys.length ? db.marks.where('itemKey').anyOf(keys).toArray() : [],
    ]);
    const episodes = episodesOf(items, replies, marks).map((episode): StoredEpisode => ({ ...episode, thread, dueAt: dueAtOf(episode) }));
    await db.episodes.where('thread').equals(thread).delete();
    await db.episodes.bulkPut(episodes);
  }
}

/** Items and own replies seen on a page, and the hour of coverage they prove. Returns new or changed rows. */
export async function recordObservation(
  db: PilarDb,
  config: ResponsesConfig,
  items: IncomingRow[],
  seenReplies: SeenReply[],
  coverage: { platform: Platform; account: string; at: number },
): Promise<number> {
  return db.transaction('rw', queueTables(db), async () => {
    const threads = new Set<string>();
    let changed = 0;
    for (const item of items) {
      const row: StoredIncoming = { ...item, thread: threadKey(item) };
      const existing = await db.incoming.get(row.key);
      const next = existing ? merged(existing, row) : row;
      if (existing && same(existing, next)) continue;
      await db.incoming.put(next);
      if (existing && existing.thread !== next.thread) threads.add(existing.thread);
      threads.add(next.thread);
      changed++;
    }
    for (const seen of seenReplies) {
      const sent = await db.replies.where('itemKey').equals(seen.itemKey).sortBy('sentAt');
      const waiting = sent.find((reply) => reply.platformAt === undefined);
      if (waiting) {
        // The reply Pilar saw go out has appeared: its platform time replaces the submit time.
        if (seen.platformAt === undefined) continue;
        await db.replies.update(waiting.id, { platformAt: seen.platformAt });
      } else if (sent.length === 0) {
        // A reply sent from elsewhere (another device, before Pilar) still answers the item.
        const at = seen.platformAt ?? seen.seenAt;
        const item = await db.incoming.get(seen.itemKey);
        await db.replies.put({ id: `seen:${seen.platform}:${seen.replyId}`, platform: seen.platform, account: seen.account, itemKey: seen.itemKey, threadId: item?.threadId ?? '', sentAt: at, platformAt: at, observedBy: seen.observedBy });
      } else continue;
      const item = await db.incoming.get(seen.itemKey);
      if (item) threads.add(item.thread);
      changed++;
    }
    const hour = Math.floor(coverage.at / HOUR) * HOUR;
    const key = `${coverage.platform}|${coverage.account}|${hour}`;
    const covered = await db.coverage.get(key);
    await db.coverage.put({ key, platform: coverage.platform, account: coverage.account, hour, observations: (covered?.observations ?? 0) + 1 });
    await noteScope(db, items.map((item) => `${item.platform}|${item.account}`));
    await rederive(db, threads, config);
    return changed;
  });
}

/** A reply that passed the guard in a composer linked to an item. A resent outcome is stored once. */
export async function recordReply(db: PilarDb, config: ResponsesConfig, reply: ReplyRow): Promise<void> {
  await db.transaction('rw', queueTables(db), async () => {
    if (await db.replies.get(reply.id)) return;
    const item = await db.incoming.get(reply.itemKey);
    await db.replies.add({ ...reply, threadId: item?.threadId ?? reply.threadId });
    if (item) await rederive(db, [item.thread], config);
  });
}

export class UnknownItemError extends Error {
  override name = 'UnknownItemError';
}

export async function recordMark(db: PilarDb, config: ResponsesConfig, mark: MarkRow): Promise<void> {
  await db.transaction('rw', queueTables(db), async () => {
    const item = await db.incoming.get(mark.itemKey);
    if (!item) throw new UnknownItemError(mark.itemKey);
    await db.marks.put(mark);
    await rederive(db, [item.thread], config);
  });
}

/** The admin's category for an item; kept over the rules from then on. */
export async function correctCategory(db: PilarDb, config: ResponsesConfig, itemKey: string, category: Category): Promise<void> {
  await db.transaction('rw', queueTables(db), async () => {
    const item = await db.incoming.get(itemKey);
    if (!item) throw new UnknownItemError(itemKey);
    await db.incoming.put({ ...item, category, categorySource: 'admin', categoryEvidence: [] });
    await rederive(db, [item.thread], config);
  });
}

const accountSetting = (platform: Platform) => `account:${platform}`;

/** The account the admin said they act as on a platform, if asked already. */
export async function knownAccount(db: PilarDb, platform: Platform): Promise<string | undefined> {
  return (await db.settings.get(accountSetting(platform)))?.value;
}

/**
 * Records the admin's answer and moves the platform's items listed under "account not yet known"
 * (with their replies and marks) to that account; an item already known there keeps the earlier sighting.
 */
export async function assignAccount(db: PilarDb, config: ResponsesConfig, platform: Platform, account: string): Promise<void> {
  await db.transaction('rw', queueTables(db), async () => {
    await db.settings.put({ key: accountSetting(platform), value: account });
    const orphans = await db.incoming.where('[platform+account]').equals([platform, UNKNOWN_ACCOUNT]).toArray();
    const threads = new Set<string>();
    for (const orphan of orphans) {
      const key = orphan.key.replace(`${platform}|${UNKNOWN_ACCOUNT}|`, `${platform}|${account}|`);
      const moved: StoredIncoming = { ...orphan, key, account, thread: threadKey({ platform, account, threadId: orphan.threadId }) };
      const existing = await db.incoming.get(key);
      await db.incoming.put(existing ? merged(existing, moved) : moved);
      await db.incoming.delete(orphan.key);
      await db.replies.where('itemKey').equals(orphan.key).modify({ itemKey: key, account });
      await db.marks.where('itemKey').equals(orphan.key).modify({ itemKey: key });
      threads.add(orphan.thread).add(moved.thread);
    }
    await db.settings.delete(`${SCOPE}${platform}|${UNKNOWN_ACCOUNT}`);
    if (orphans.length) await noteScope(db, [`${platform}|${account}`]);
    await rederive(db, threads, config);
  });
}

/** Episodes as the side panel shows them: with their first item and how they stand against the target at `now`. */
async function entriesOf(db: PilarDb, episodes: StoredEpisode[], config: ResponsesConfig, now: number): Promise<QueueEntry[]> {
  const firsts = await db.incoming.bulkGet(episodes.map((episode) => episode.itemKeys[0]!));
  const entries: QueueEntry[] = [];
  for (const [index, episode] of episodes.entries()) {
    const item = firsts[index];
    if (!item) continue;
    const timing = timingOf(episode, config, now);
    entries.push({
      episodeId: episode.id,
      itemKey: item.key,
      platform: episode.platform,
      account: episode.account,
      kind: episode.kind,
      category: item.category,
      categorySource: item.categorySource,
      author: item.author,
      snippet: item.snippet,
      url: item.url,
      itemCount: episode.itemKeys.length,
      openedAt: episode.openedAt,
      approximate: episode.approximate,
      dueAt: episode.dueAt,
      state: episode.state,
      firstResponseAt: episode.firstResponseAt,
      responseTimeSource: episode.responseTimeSource,
      closedAt: episode.closedAt,
      zone: timing.zone,
      remainingMs: timing.remainingMs,
      clock: timing.target.clock,
      wallMs: timing.wallMs,
      workingMs: timing.workingMs,
      status: timing.status,
    });
  }
  return entries;
}

const matches = (filter: Omit<QueueFilter, 'state'>) => (episode: StoredEpisode) =>
  (filter.platform === undefined || episode.platform === filter.platform) &&
  (filter.account === undefined || episode.account === filter.account) &&
  (filter.category === undefined || episode.category === filter.category);

/** Episodes in one state: open ones most urgent first (by due time), closed ones latest first. */
function inState(db: PilarDb, filter: QueueFilter) {
  const byDue = filter.state === 'open';
  const range = db.episodes.where(byDue ? '[state+dueAt]' : '[state+closedAt]').between([filter.state, Dexie.minKey], [filter.state, Dexie.maxKey]);
  const ordered = byDue ? range : range.reverse();
  const unfiltered = filter.platform === undefined && filter.account === undefined && filter.category === undefined;
  return unfiltered ? ordered : ordered.filter(matches(filter));
}

/** The first `limit` episodes in a state, and how many there are. */
export async function episodesInState(
  db: PilarDb,
  config: ResponsesConfig,
  now: number,
  filter: QueueFilter,
  limit: number,
): Promise<{ entries: QueueEntry[]; total: number }> {
  return db.transaction('r', db.episodes, db.incoming, async () => {
    const [page, total] = await Promise.all([inState(db, filter).limit(limit).toArray(), inState(db, filter).count()]);
    return { entries: await entriesOf(db, page, config, now), total };
  });
}

/** The latest answered episodes (no count: there may be a year of them). */
export async function recentlyAnswered(db: PilarDb, config: ResponsesConfig, now: number, limit: number): Promise<QueueEntry[]> {
  return db.transaction('r', db.episodes, db.incoming, async () => entriesOf(db, await inState(db, { state: 'answered' }).limit(limit).toArray(), config, now));
}

/** Open episodes, and how many of them are past due at `now`. */
export async function backlog(db: PilarDb, now: number): Promise<{ waiting: number; overdue: number }> {
  return db.transaction('r', db.episodes, async () => {
    const open = db.episodes.where('[state+dueAt]');
    const [waiting, overdue] = await Promise.all([
      open.between(['open', Dexie.minKey], ['open', Dexie.maxKey]).count(),
      db.episodes.where('[state+dueAt]').between(['open', Dexie.minKey], ['open', now]).count(),
    ]);
    return { waiting, overdue };
  });
}

/** Episodes opened in `[from, to)`, by opening time. */
export function episodesOpenedBetween(db: PilarDb, from: number, to: number): Promise<StoredEpisode[]> {
  return db.episodes.where('openedAt').between(from, to, true, false).toArray();
}

export async function entriesOpenedBetween(db: PilarDb, config: ResponsesConfig, now: number, from: number, to: number): Promise<QueueEntry[]> {
  return db.transaction('r', db.episodes, db.incoming, async () => entriesOf(db, await episodesOpenedBetween(db, from, to), config, now));
}

const SCOPE = 'scope:';

/** Notes each (platform, account) that has items, so the filters need not read every item. */
async function noteScope(db: PilarDb, pairs: Iterable<string>): Promise<void> {
  for (const pair of new Set(pairs)) {
    const key = `${SCOPE}${pair}`;
    if (!(await db.settings.get(key))) await db.settings.put({ key, value: pair });
  }
}

/** The platforms and accounts that have items, for the side panel's filters and its account question. */
export async function queueScope(db: PilarDb): Promise<{ platforms: Platform[]; accounts: string[]; unknownAccount: Platform[] }> {
  const rows = await db.settings.where('key').startsWith(SCOPE).toArray();
  const pairs = rows.map((row) => row.value.split('|') as [Platform, string]);
  return {
    platforms: [...new Set(pairs.map(([platform]) => platform))],
    accounts: [...new Set(pairs.map(([, account]) => account).filter((account) => account !== UNKNOWN_ACCOUNT))],
    unknownAccount: [...new Set(pairs.filter(([, account]) => account === UNKNOWN_ACCOUNT).map(([platform]) => platform))],
  };
}

/** Deletes what is older than the retention period; the only code that deletes records. */
export async function applyRetention(db: PilarDb, config: ResponsesConfig, now: number): Promise<void> {
  const cutoff = now - config.retentionDays * 24 * HOUR;
  await db.transaction('rw', [...queueTables(db), db.outcomes], async () => {
    const old = await db.incoming.where('firstSeenAt').below(cutoff).toArray();
    await db.incoming.bulkDelete(old.map((item) => item.key));
    await db.replies.where('sentAt').below(cutoff).delete();
    await db.marks.where('at').below(cutoff).delete();
    await db.episodes.where('openedAt').below(cutoff).delete();
    await db.coverage.where('hour').below(cutoff).delete();
    await db.outcomes.where('at').below(cutoff).delete();
    await rederive(db, old.map((item) => item.thread), config);
  });
}
