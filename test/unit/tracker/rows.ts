// Hand-made reply-queue rows for the tracker tests.
import type { Platform } from '../../../src/messaging/protocol';
import type { Arrival, Category, EpisodeRow, IncomingRow, ItemKind, MarkKind, MarkRow, ReplyRow } from '../../../src/tracker/model';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** An instant written with its offset, e.g. `at('2026-12-07T09:00+07:00')`. */
export const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad time ${iso}`);
  return t;
};

export function item(
  itemId: string,
  arrival: number | Arrival,
  options: { thread?: string; platform?: Platform; account?: string; kind?: ItemKind; category?: Category } = {},
): IncomingRow {
  const platform = options.platform ?? 'x';
  const account = options.account ?? 'pemkot';
  const resolved: Arrival = typeof arrival === 'number' ? { precision: 'exact', at: arrival } : arrival;
  return {
    key: `${platform}:${account}:${itemId}`,
    platform,
    account,
    itemId,
    threadId: options.thread ?? 't1',
    kind: options.kind ?? 'mention',
    author: 'warga',
    snippet: `pesan ${itemId}`,
    url: `https://x.com/warga/status/${itemId}`,
    arrival: resolved,
    firstSeenAt: resolved.precision === 'exact' ? resolved.at : resolved.latest,
    observedBy: 'b1',
    category: options.category ?? 'pertanyaan',
    categoryEvidence: [],
    categorySource: 'rules',
  };
}

export function reply(id: string, of: IncomingRow, sentAt: number, platformAt?: number): ReplyRow {
  return {
    id,
    platform: of.platform,
    account: of.account,
    itemKey: of.key,
    threadId: of.threadId,
    sentAt,
    ...(platformAt === undefined ? {} : { platformAt }),
    observedBy: 'b1',
  };
}

export function mark(id: string, of: IncomingRow, kind: MarkKind, time: number): MarkRow {
  return { id, itemKey: of.key, kind, at: time, observedBy: 'b1' };
}

/** An episode row directly, for metric tests that do not need the episode builder. */
export function episode(id: string, openedAt: number, firstResponseAt?: number, overrides: Partial<EpisodeRow> = {}): EpisodeRow {
  return {
    id,
    platform: 'x',
    account: 'pemkot',
    threadId: id,
    kind: 'mention',
    category: 'pertanyaan',
    openedAt,
    approximate: false,
    itemKeys: [id],
    state: firstResponseAt === undefined ? 'open' : 'answered',
    ...(firstResponseAt === undefined ? {} : { firstResponseAt, responseTimeSource: 'platform' as const, closedAt: firstResponseAt }),
    ...overrides,
  };
}
