import type { QueueEntry, QueueViewReply } from '../../../src/messaging/protocol';

const MINUTE = 60_000;

/** An open entry due `dueInMs` from now, as the background would send it. */
export function entry(n: number, dueInMs = 25 * MINUTE + 10_000, over: Partial<QueueEntry> = {}): QueueEntry {
  const now = Date.now();
  return {
    episodeId: `x|pemkotbandung|${n}#1`,
    itemKey: `x|pemkotbandung|${n}`,
    platform: 'x',
    account: 'pemkotbandung',
    kind: 'mention',
    category: 'aduan',
    categorySource: 'rules',
    author: `warga_${n}`,
    snippet: `Lampu jalan di RT ${n} mati sejak kemarin`,
    url: `https://x.com/warga_${n}/status/${n}`,
    itemCount: 1,
    openedAt: now + dueInMs - 60 * MINUTE,
    approximate: false,
    dueAt: now + dueInMs,
    state: 'open',
    zone: 'Asia/Jakarta',
    remainingMs: dueInMs,
    clock: 'working',
    wallMs: 60 * MINUTE - dueInMs,
    workingMs: 60 * MINUTE - dueInMs,
    status: dueInMs < 0 ? 'overdue' : 'pending',
    ...over,
  };
}

export function view(over: Partial<QueueViewReply> = {}): QueueViewReply {
  const entries = over.entries ?? [];
  return {
    entries,
    total: entries.length,
    recent: [],
    figures: { waiting: entries.length, overdue: 0, episodes: entries.length, insufficient: entries.length < 10, median: { working: null, wall: null }, withinTargetShare: null },
    platforms: entries.length ? ['x'] : [],
    accounts: entries.length ? ['pemkotbandung'] : [],
    unknownAccount: [],
    ...over,
  };
}
