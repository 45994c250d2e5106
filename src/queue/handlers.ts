import type { GuardOutcome, QueueObserved } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { PilarDb } from '../store/db';
import {
  applyRetention,
  assignAccount,
  backlog,
  correctCategory,
  entriesOpenedBetween,
  episodesInState,
  episodesOpenedBetween,
  knownAccount,
  queueScope,
  recordMark,
  recordObservation,
  recordReply,
  type SeenReply,
} from '../store/queue';
import { UNKNOWN_ACCOUNT, type IncomingRow } from '../tracker/model';
import { dayRange, localDate } from './day';
import { arrivalOf, categorize, itemKey } from './domain';
import { responseFigures } from './figures';

type QueueHandlers = Pick<Handlers, 'queue/observed' | 'queue/view' | 'queue/mark' | 'queue/category' | 'queue/account' | 'queue/day'>;

export interface QueueDeps {
  db: () => PilarDb;
  now: () => number;
  /** This browser's id, kept with what it observed (for team merges). */
  observer: () => Promise<string>;
  /** Tells open pages that the queue changed; called after each committed write. */
  broadcast: () => void;
  /** Keeps the last failed write, so the side panel can say that something was not stored. */
  writeFailed: (error: { name: string; at: number }) => Promise<void> | void;
  lastWriteError: () => Promise<{ name: string; at: number } | undefined>;
}

const DEFAULT_ZONE = 'Asia/Jakarta';
const RECENT_ANSWERED = 10;

/**
 * The reply queue's side of the background: turns what content scripts saw and what the admin did
 * into rows, writes them, and answers the side panel's questions.
 */
export function queueHandlers(deps: QueueDeps) {
  /** Runs a write; a failure (a full disk, an aborted transaction) is kept for the side panel and rethrown to the sender. */
  async function write<T>(run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      deps.broadcast();
      return result;
    } catch (error) {
      const name = error instanceof Error ? (error.name === 'Error' ? error.message : error.name) : 'Error';
      await deps.writeFailed({ name, at: deps.now() });
      deps.broadcast();
      throw error;
    }
  }

  const accountOf = async (platform: GuardOutcome['platform'], claimed: string | null | undefined) =>
    claimed?.trim().toLowerCase() || (await knownAccount(deps.db(), platform)) || UNKNOWN_ACCOUNT;

  const handlers: QueueHandlers = {
    'queue/observed': async (batch: QueueObserved) => {
      const db = deps.db();
      const [account, observedBy] = await Promise.all([accountOf(batch.platform, batch.account), deps.observer()]);
      const items = batch.items.map((seen): IncomingRow => {
        const { category, evidence } = categorize(seen.snippet);
        return {
          key: itemKey(batch.platform, account, seen.itemId),
          platform: batch.platform,
          account,
          itemId: seen.itemId,
          threadId: seen.threadId,
          kind: seen.kind,
          author: seen.author,
          snippet: seen.snippet.slice(0, 280),
          url: seen.url,
          arrival: arrivalOf(seen.time, seen.seenAt),
          firstSeenAt: seen.seenAt,
          observedBy,
          category,
          categoryEvidence: evidence,
          categorySource: 'rules',
        };
      });
      const replies = batch.replies.map((seen): SeenReply => {
        const time = seen.time === undefined ? undefined : Date.parse(seen.time);
        return {
          itemKey: itemKey(batch.platform, account, seen.itemId),
          replyId: seen.replyId,
          platform: batch.platform,
          account,
          platformAt: time !== undefined && Number.isFinite(time) ? time : undefined,
          seenAt: seen.seenAt,
          observedBy,
        };
      });
      const stored = await write(() => recordObservation(db, items, replies, { platform: batch.platform, account, at: deps.now() }));
      return { stored };
    },

    'queue/view': async ({ filter, limit }) => {
      const db = deps.db();
      const now = deps.now();
      const [from, to] = dayRange(localDate(now, DEFAULT_ZONE), DEFAULT_ZONE);
      const [page, recent, open, today, scope, writeError] = await Promise.all([
        episodesInState(db, filter, limit),
        episodesInState(db, { state: 'answered' }, RECENT_ANSWERED),
        backlog(db, now),
        episodesOpenedBetween(db, from, to),
        queueScope(db),
        deps.lastWriteError(),
      ]);
      return { ...page, recent: recent.entries, figures: { ...open, ...responseFigures(today, now) }, ...scope, writeError };
    },

    'queue/mark': async ({ itemKey: key, kind }) => {
      const observedBy = await deps.observer();
      await write(() => recordMark(deps.db(), { id: crypto.randomUUID(), itemKey: key, kind, at: deps.now(), observedBy }));
      return { stored: true } as const;
    },

    'queue/category': async ({ itemKey: key, category }) => {
      await write(() => correctCategory(deps.db(), key, category));
      return { stored: true } as const;
    },

    'queue/account': async ({ platform, account }) => {
      await write(() => assignAccount(deps.db(), platform, account.toLowerCase()));
      return { stored: true } as const;
    },

    'queue/day': async ({ date }) => {
      // Wide enough for every Indonesian zone; each entry is then kept by its own account's date.
      const [from] = dayRange(date, 'Asia/Jayapura');
      const [, to] = dayRange(date, 'Asia/Jakarta');
      const entries = await entriesOpenedBetween(deps.db(), from, to);
      return { date, entries: entries.filter((entry) => localDate(entry.openedAt, entry.zone) === date) };
    },
  };

  /** A published reply from a composer linked to an item closes that item's episode. */
  async function onGuardOutcome(outcome: Omit<GuardOutcome, 'type'>): Promise<void> {
    if (!outcome.outcome.startsWith('published-') || outcome.replyTo === undefined) return;
    const account = await accountOf(outcome.platform, outcome.account);
    const observedBy = await deps.observer();
    await write(() =>
      recordReply(deps.db(), {
        id: outcome.id,
        platform: outcome.platform,
        account,
        itemKey: itemKey(outcome.platform, account, outcome.replyTo!),
        threadId: outcome.replyTo!,
        sentAt: outcome.at,
        observedBy,
      }),
    );
  }

  /** The daily retention pass (the alarm's job). */
  const retain = (days?: number) => write(() => applyRetention(deps.db(), deps.now(), days));

  return { handlers, onGuardOutcome, retain };
}
