import type { ResponsesConfig } from '../config/responses';
import type { GuardOutcome, QueueFigures, QueueObserved } from '../messaging/protocol';
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
  recentlyAnswered,
  type SeenReply,
} from '../store/queue';
import { UNKNOWN_ACCOUNT, type IncomingRow } from '../tracker/model';
import { dayRange, localDate } from './day';
import { arrivalOf, itemKey } from './domain';
import { categorize } from '../tracker/categorize';
import { zoneOf } from '../tracker/calendar';
import { responseMetrics } from '../tracker/metrics';
import type { Quantile } from '../tracker/response-times';

type QueueHandlers = Pick<Handlers, 'queue/observed' | 'queue/view' | 'queue/mark' | 'queue/category' | 'queue/account' | 'queue/day'>;

export interface QueueDeps {
  db: () => PilarDb;
  /** The team config's reply-queue settings in force (working clock, targets, zones, retention). */
  config: () => ResponsesConfig;
  now: () => number;
  /** This browser's id, kept with what it observed (for team merges). */
  observer: () => Promise<string>;
  /** Tells open pages that the queue changed; called after each committed write. */
  broadcast: () => void;
  /** Keeps the last failed write, so the side panel can say that something was not stored. */
  writeFailed: (error: { name: string; at: number }) => Promise<void> | void;
  lastWriteError: () => Promise<{ name: string; at: number } | undefined>;
}

const RECENT_ANSWERED = 10;

const quantile = (q: Quantile) => q ?? null;

/** Today's figures: the whole backlog now, and response times of the episodes opened today. */
function todayFigures(open: { waiting: number; overdue: number }, today: Parameters<typeof responseMetrics>[0], config: ResponsesConfig, now: number): QueueFigures {
  const { overall } = responseMetrics(today, config, now);
  return {
    ...open,
    episodes: overall.episodes,
    insufficient: overall.insufficient,
    median: { working: quantile(overall.working.median), wall: quantile(overall.wall.median) },
    withinTargetShare: overall.withinTarget.share ?? null,
  };
}

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
      const config = deps.config();
      const zone = zoneOf(config, batch.platform, account);
      const items = batch.items.map((seen): IncomingRow => {
        const { category, evidence } = categorize(seen.snippet, config.categories.words);
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
          arrival: arrivalOf(seen.time, seen.seenAt, zone),
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
      const stored = await write(() => recordObservation(db, deps.config(), items, replies, { platform: batch.platform, account, at: deps.now() }));
      return { stored };
    },

    'queue/view': async ({ filter, limit }) => {
      const db = deps.db();
      const now = deps.now();
      const config = deps.config();
      const zone = config.timeZone.default;
      const [from, to] = dayRange(localDate(now, zone), zone);
      const [page, recent, open, today, scope, writeError] = await Promise.all([
        episodesInState(db, config, now, filter, limit),
        recentlyAnswered(db, config, now, RECENT_ANSWERED),
        backlog(db, now),
        episodesOpenedBetween(db, from, to),
        queueScope(db),
        deps.lastWriteError(),
      ]);
      return { ...page, recent, figures: todayFigures(open, today, config, now), ...scope, writeError };
    },

    'queue/mark': async ({ itemKey: key, kind }) => {
      const observedBy = await deps.observer();
      await write(() => recordMark(deps.db(), deps.config(), { id: crypto.randomUUID(), itemKey: key, kind, at: deps.now(), observedBy }));
      return { stored: true } as const;
    },

    'queue/category': async ({ itemKey: key, category }) => {
      await write(() => correctCategory(deps.db(), deps.config(), key, category));
      return { stored: true } as const;
    },

    'queue/account': async ({ platform, account }) => {
      await write(() => assignAccount(deps.db(), deps.config(), platform, account.toLowerCase()));
      return { stored: true } as const;
    },

    'queue/day': async ({ date }) => {
      // Wide enough for every Indonesian zone; each entry is then kept by its own account's date.
      const [from] = dayRange(date, 'Asia/Jayapura');
      const [, to] = dayRange(date, 'Asia/Jakarta');
      const entries = await entriesOpenedBetween(deps.db(), deps.config(), deps.now(), from, to);
      return { date, entries: entries.filter((entry) => localDate(entry.openedAt, entry.zone) === date) };
    },
  };

  /** A published reply from a composer linked to an item closes that item's episode. */
  async function onGuardOutcome(outcome: Omit<GuardOutcome, 'type'>): Promise<void> {
    if (!outcome.outcome.startsWith('published-') || outcome.replyTo === undefined) return;
    const account = await accountOf(outcome.platform, outcome.account);
    const observedBy = await deps.observer();
    await write(() =>
      recordReply(deps.db(), deps.config(), {
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

  /** The daily retention pass (the alarm's job), over the config's retention period. */
  const retain = () => write(() => applyRetention(deps.db(), deps.config(), deps.now()));

  return { handlers, onGuardOutcome, retain };
}
