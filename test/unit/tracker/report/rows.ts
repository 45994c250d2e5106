import type { EpisodeRow, IncomingRow, ReplyRow } from '../../../../src/tracker/model';
import type { Clocks } from '../../../../src/tracker/report/clock';
import { wallClock } from '../../../../src/tracker/report/clock';
import { EMPTY_ROWS, type GuardRow, type ReportRows } from '../../../../src/tracker/report/rows';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
/** Thursday 3 December 2026, 12:00 WIB. */
export const NOW = Date.UTC(2026, 11, 3, 5, 0);
export const WALL: Clocks = { wall: wallClock, target: 'wall' };

let n = 0;
/** An item and its episode, opened `agoMin` minutes before NOW, answered after `answerMin` if given. */
export function thread(agoMin: number, answerMin?: number, extra: Partial<IncomingRow & EpisodeRow> = {}): { item: IncomingRow; episode: EpisodeRow; reply?: ReplyRow } {
  n++;
  const openedAt = NOW - agoMin * MIN;
  const platform = extra.platform ?? 'x';
  const account = extra.account ?? 'pemkot';
  const key = `${platform}|${account}|i${n}`;
  const item: IncomingRow = {
    key,
    platform,
    account,
    itemId: `i${n}`,
    threadId: extra.threadId ?? `t${n}`,
    kind: 'comment',
    author: extra.author ?? `warga${n}`,
    snippet: extra.snippet ?? `Pesan ${n}`,
    url: `https://x.com/warga/status/${n}`,
    arrival: { precision: 'exact', at: openedAt },
    firstSeenAt: openedAt,
    observedBy: 'admin-a',
    category: extra.category ?? 'pertanyaan',
    categoryEvidence: [],
    categorySource: 'rules',
  };
  const answered = answerMin !== undefined;
  const episode: EpisodeRow = {
    id: `${key}#1`,
    platform,
    account,
    threadId: item.threadId,
    kind: 'comment',
    category: item.category,
    openedAt,
    approximate: false,
    itemKeys: [key],
    state: extra.state ?? (answered ? 'answered' : 'open'),
    ...(answered ? { firstResponseAt: openedAt + answerMin * MIN, responseTimeSource: 'submit' as const, closedAt: openedAt + answerMin * MIN } : {}),
  };
  const reply: ReplyRow | undefined = answered
    ? { id: `r${n}`, platform, account, itemKey: key, threadId: item.threadId, sentAt: openedAt + answerMin * MIN, observedBy: extra.observedBy ?? 'admin-a' }
    : undefined;
  return { item, episode, reply };
}

export function rowsOf(threads: ReturnType<typeof thread>[], outcomes: GuardRow[] = []): ReportRows {
  return {
    ...EMPTY_ROWS,
    incoming: threads.map((t) => t.item),
    episodes: threads.map((t) => t.episode),
    replies: threads.flatMap((t) => (t.reply ? [t.reply] : [])),
    outcomes,
  };
}
