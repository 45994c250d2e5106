// `npx tsx test/bench/tracker.bench.ts`: how long the reply queue's full metrics take over 100,000
// stored episodes (target ≤ 100 ms): per-episode deadlines on the working clock of three zones,
// both clocks' Kaplan–Meier median and p90, within-target share and backlog, overall and per
// platform, account and category. Also times building the episodes from raw rows. Prints medians
// only: shared machines are too noisy for limits.
import { defaultResponses } from '../../src/config/responses-defaults';
import type { Platform } from '../../src/messaging/protocol';
import { episodesOf } from '../../src/tracker/episodes';
import { responseMetrics } from '../../src/tracker/metrics';
import { CATEGORIES, type EpisodeRow, type IncomingRow, type ItemKind, type ReplyRow } from '../../src/tracker/model';

const N = 100_000;
const RUNS = 9;
const TARGET_MS = 100;
const MIN = 60_000;
const NOW = Date.parse('2026-12-04T15:00:00+07:00');
const YEAR = 365 * 24 * 60 * MIN;

const PLATFORMS: Platform[] = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads'];
const KINDS: ItemKind[] = ['mention', 'comment', 'reply', 'dm'];

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticEpisodes(n: number): EpisodeRow[] {
  const next = random(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const openedAt = NOW - Math.floor(next() * YEAR);
    const answered = next() < 0.85;
    const wait = Math.floor(-Math.log(1 - next()) * 6 * 60 * MIN);
    const state = answered ? 'answered' : next() < 0.9 ? 'open' : 'no-reply-needed';
    return {
      id: `x:acc:${i}#1`,
      platform: pick(PLATFORMS),
      account: `akun-${i % 12}`,
      threadId: `t${i}`,
      kind: pick(KINDS),
      category: pick(CATEGORIES),
      openedAt,
      approximate: false,
      itemKeys: [`x:acc:${i}`],
      state,
      ...(answered ? { firstResponseAt: Math.min(NOW, openedAt + wait), closedAt: Math.min(NOW, openedAt + wait) } : {}),
    } satisfies EpisodeRow;
  });
}

function rows(n: number): { items: IncomingRow[]; replies: ReplyRow[] } {
  const next = random(7);
  const items: IncomingRow[] = [];
  const replies: ReplyRow[] = [];
  for (let i = 0; i < n; i++) {
    const at = NOW - Math.floor(next() * YEAR);
    const thread = `t${Math.floor(i / 2)}`;
    const key = `x:acc:${i}`;
    items.push({
      key, platform: 'x', account: 'acc', itemId: String(i), threadId: thread, kind: 'mention', author: 'w', snippet: '', url: '',
      arrival: { precision: 'exact', at }, firstSeenAt: at, observedBy: 'b', category: 'pertanyaan', categoryEvidence: [], categorySource: 'rules',
    });
    if (next() < 0.8) replies.push({ id: `r${i}`, platform: 'x', account: 'acc', itemKey: key, threadId: thread, sentAt: at + 30 * MIN, observedBy: 'b' });
  }
  return { items, replies };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

const episodes = syntheticEpisodes(N);
const accountsInWit = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`akun-${i}`, 'Asia/Jayapura' as const]));
// A fresh config object each run, so the working clocks are laid out again every time (the cold case).
const config = () => ({ ...defaultResponses(), timeZone: { default: 'Asia/Jakarta' as const, accounts: { ...accountsInWit, 'akun-5': 'Asia/Makassar' as const } } });

const cold = time(() => responseMetrics(episodes, config(), NOW));
const warmConfig = config();
const warm = time(() => responseMetrics(episodes, warmConfig, NOW));
const check = responseMetrics(episodes, warmConfig, NOW);
const { items, replies } = rows(N);
const build = time(() => episodesOf(items, replies, []));

console.log(`tracker metrics over ${N.toLocaleString('en')} episodes (median of ${RUNS} runs)`);
console.log(`  full metrics, clocks built in the run : ${median(cold).toFixed(1)} ms  (target ≤ ${TARGET_MS} ms)`);
console.log(`  full metrics, clocks already built    : ${median(warm).toFixed(1)} ms`);
console.log(`  episodesOf over ${N.toLocaleString('en')} items + ${replies.length.toLocaleString('en')} replies: ${median(build).toFixed(1)} ms`);
console.log(
  `  (sanity: ${check.overall.episodes} measured, ${check.excluded['no-reply-needed']} excluded, working median ${((check.overall.working.median?.ms ?? 0) / MIN).toFixed(0)} min, within target ${((check.overall.withinTarget.share ?? 0) * 100).toFixed(1)}%)`,
);
