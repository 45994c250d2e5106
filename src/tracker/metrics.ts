import type { ResponsesConfig, Target, TimeZone } from '../config/responses';
import type { Platform } from '../messaging/protocol';
import { clockFor, zoneOf, type WorkingClock } from './calendar';
import type { Measured } from './calendar/clock';
import type { Category, EpisodeRow, ItemKind } from './model';
import { KaplanMeier, type Quantile } from './response-times';

/**
 * Response figures over episodes on two clocks, the wall clock (what the citizen lives through) and
 * working time (what the office can be held to). Episodes marked "tidak perlu balasan" or "dijawab
 * di kanal lain" are left out; waiting ones are censored, never dropped.
 */

const HOUR = 3_600_000;
/** Below this many episodes a median or p90 says little; the figures carry `insufficient`. */
export const MIN_EPISODES = 10;

/** How one episode stands against its target. */
export interface EpisodeTiming {
  id: string;
  zone: TimeZone;
  target: Target;
  /** When the working clock starts: the arrival, or the next opening when it came off hours. */
  clockStartsAt: number;
  deadline: number;
  answered: boolean;
  /** To the first response, or the age so far. */
  wallMs: number;
  workingMs: number;
  /** Time left to the deadline on the target's clock (at the reply once answered); negative when past. */
  remainingMs: number;
  /** `pending`: waiting, not yet due; `overdue`: waiting past the deadline. */
  status: 'in-time' | 'late' | 'pending' | 'overdue';
}

export interface Figures {
  /** Episodes counted (answered + waiting). */
  episodes: number;
  answered: number;
  waiting: number;
  /** Fewer than `MIN_EPISODES`: show "data belum cukup" rather than the quantiles. */
  insufficient: boolean;
  wall: { median: Quantile; p90: Quantile };
  working: { median: Quantile; p90: Quantile };
  withinTarget: {
    inTime: number;
    late: number;
    overdue: number;
    /** Waiting and not yet due: neither meets nor misses the target. */
    pending: number;
    /** inTime ÷ (answered + overdue); undefined when nothing is judged yet. */
    share: number | undefined;
  };
  backlog: {
    count: number;
    oldest: { id: string; openedAt: number } | undefined;
    overdue: number;
    /** Overdue episodes, longest past the deadline first. */
    overdueIds: string[];
  };
}

export interface ResponseMetrics {
  now: number;
  overall: Figures;
  byPlatform: Partial<Record<Platform, Figures>>;
  /** Keyed `platform:account`. */
  byAccount: Record<string, Figures>;
  byCategory: Partial<Record<Category, Figures>>;
  /** Settled by a mark, left out of every figure above. */
  excluded: { 'no-reply-needed': number; 'answered-elsewhere': number };
}

/** The target of an episode: per category first, then per platform (kind, then all), then per kind. */
export function targetFor(episode: { platform: Platform; kind: ItemKind; category: Category }, targets: ResponsesConfig['targets']): Target {
  const platform = targets.byPlatform[episode.platform];
  return (
    targets.byCategory[episode.category] ??
    platform?.[episode.kind] ??
    platform?.all ??
    targets.byKind[episode.kind] ??
    (episode.kind === 'dm' ? { amount: 1, unit: 'days', clock: 'working' } : { amount: 1, unit: 'hours', clock: 'working' })
  );
}

const targetMs = (target: Target) => target.amount * (target.unit === 'minutes' ? 60_000 : target.unit === 'hours' ? HOUR : 24 * HOUR);

/** The deadline for a first response to something that arrived at `openedAt`. */
export function deadlineOf(openedAt: number, target: Target, clock: WorkingClock): number {
  if (target.clock === 'wall') return openedAt + targetMs(target);
  return target.unit === 'days' ? clock.addWorkingDays(openedAt, target.amount) : clock.addWorkingMs(openedAt, targetMs(target));
}

/** Resolves clocks, zones and targets once per account and per (platform, kind, category). */
class Context {
  private readonly clocks = new Map<Platform, Map<string, { clock: WorkingClock; zone: TimeZone; accountKey: string }>>();
  private readonly targets = new Map<Platform, Map<ItemKind, Map<Category, Target>>>();
  constructor(readonly config: ResponsesConfig) {}

  clockOf(platform: Platform, account: string) {
    let byAccount = this.clocks.get(platform);
    if (byAccount === undefined) this.clocks.set(platform, (byAccount = new Map()));
    let entry = byAccount.get(account);
    if (entry === undefined) {
      const zone = zoneOf(this.config, platform, account);
      entry = { clock: clockFor(this.config.calendar, zone), zone, accountKey: `${platform}:${account}` };
      byAccount.set(account, entry);
    }
    return entry;
  }

  targetOf(episode: EpisodeRow): Target {
    let byKind = this.targets.get(episode.platform);
    if (byKind === undefined) this.targets.set(episode.platform, (byKind = new Map()));
    let byCategory = byKind.get(episode.kind);
    if (byCategory === undefined) byKind.set(episode.kind, (byCategory = new Map()));
    let target = byCategory.get(episode.category);
    if (target === undefined) byCategory.set(episode.category, (target = targetFor(episode, this.config.targets)));
    return target;
  }
}

/** One episode's measures, as plain numbers (a scratch record reused across episodes). */
interface Measures extends Measured {
  answered: boolean;
  wallMs: number;
  status: EpisodeTiming['status'];
}

function measure(episode: EpisodeRow, clock: WorkingClock, target: Target, now: number, out: Measures): void {
  const answered = episode.state === 'answered' && episode.firstResponseAt !== undefined;
  const end = Math.max(answered ? episode.firstResponseAt! : now, episode.openedAt);
  if (target.clock === 'working' && target.unit !== 'days') clock.measure(episode.openedAt, end, targetMs(target), out);
  else {
    const deadline = deadlineOf(episode.openedAt, target, clock);
    out.deadline = deadline;
    out.workingMs = clock.workingMs(episode.openedAt, end);
    if (target.clock === 'wall') out.remainingMs = deadline - end;
    else out.remainingMs = deadline >= end ? clock.workingMs(end, deadline) : -clock.workingMs(deadline, end);
  }
  out.answered = answered;
  out.wallMs = end - episode.openedAt;
  const past = end > out.deadline;
  out.status = answered ? (past ? 'late' : 'in-time') : past ? 'overdue' : 'pending';
}

const scratch = (): Measures => ({ answered: false, wallMs: 0, workingMs: 0, deadline: 0, remainingMs: 0, status: 'pending' });

/** How one episode stands now: deadline, time left or overdue, both clocks. */
export function timingOf(episode: EpisodeRow, config: ResponsesConfig, now: number): EpisodeTiming {
  const context = new Context(config);
  const { clock, zone } = context.clockOf(episode.platform, episode.account);
  const target = context.targetOf(episode);
  const m = scratch();
  measure(episode, clock, target, now, m);
  return {
    id: episode.id,
    zone,
    target,
    clockStartsAt: target.clock === 'wall' ? episode.openedAt : clock.nextOpening(episode.openedAt),
    deadline: m.deadline,
    answered: m.answered,
    wallMs: m.wallMs,
    workingMs: m.workingMs,
    remainingMs: m.remainingMs,
    status: m.status,
  };
}

/** Whether an episode counts in the figures (marks settle it without a measured response). */
export function isMeasured(episode: EpisodeRow): boolean {
  return episode.state === 'open' || episode.state === 'answered';
}

/**
 * Waits packed into one sortable number with the episode's index in the low bits, so that one
 * typed-array sort per clock orders every group at once: (seconds · 2 + still waiting) · 2²³ + index.
 * Seconds are ample for response times; 2²³ indexes and 2²⁹ seconds (17 years) are far beyond use.
 */
const INDEX_SPAN = 2 ** 23;
const MAX_SECONDS = 2 ** 29 - 1;
const pack = (ms: number, answered: boolean, index: number) =>
  (Math.min(MAX_SECONDS, Math.floor(Math.max(0, ms) / 1000)) * 2 + (answered ? 0 : 1)) * INDEX_SPAN + index;

class Accumulator {
  size = 0;
  answered = 0;
  inTime = 0;
  late = 0;
  pending = 0;
  private overdue: { id: string; by: number }[] = [];
  private oldest: EpisodeRow | undefined;
  wall: KaplanMeier | undefined;
  working: KaplanMeier | undefined;

  add(episode: EpisodeRow, m: Measures, overdue: { id: string; by: number } | undefined): void {
    this.size++;
    if (m.answered) {
      this.answered++;
      if (m.status === 'in-time') this.inTime++;
      else this.late++;
      return;
    }
    if (overdue !== undefined) this.overdue.push(overdue);
    else this.pending++;
    const oldest = this.oldest;
    if (oldest === undefined || episode.openedAt < oldest.openedAt || (episode.openedAt === oldest.openedAt && episode.id < oldest.id)) this.oldest = episode;
  }

  /** Readies the two estimates once every episode has been added. */
  start(): void {
    this.wall = new KaplanMeier(this.size, [0.5, 0.9]);
    this.working = new KaplanMeier(this.size, [0.5, 0.9]);
  }

  figures(): Figures {
    const [wallMedian, wallP90] = this.wall!.quantiles();
    const [workingMedian, workingP90] = this.working!.quantiles();
    const judged = this.answered + this.overdue.length;
    return {
      episodes: this.size,
      answered: this.answered,
      waiting: this.size - this.answered,
      insufficient: this.size < MIN_EPISODES,
      wall: { median: wallMedian, p90: wallP90 },
      working: { median: workingMedian, p90: workingP90 },
      withinTarget: {
        inTime: this.inTime,
        late: this.late,
        overdue: this.overdue.length,
        pending: this.pending,
        share: judged === 0 ? undefined : this.inTime / judged,
      },
      backlog: {
        count: this.size - this.answered,
        oldest: this.oldest && { id: this.oldest.id, openedAt: this.oldest.openedAt },
        overdue: this.overdue.length,
        overdueIds: this.overdue.sort((a, b) => b.by - a.by || (a.id < b.id ? -1 : 1)).map((o) => o.id),
      },
    };
  }
}

/** Registers the groups of one grouping under small numbers, for the typed arrays below. */
class Grouping<K> {
  readonly byKey = new Map<K, number>();
  readonly accumulators: Accumulator[] = [];
  idOf(key: K): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.accumulators.length;
      this.byKey.set(key, id);
      this.accumulators.push(new Accumulator());
    }
    return id;
  }
}

/**
 * Feeds the estimates of one clock in one pass over the globally sorted waits: each wait goes to
 * the overall estimate and to its platform's, account's and category's.
 */
function estimate(packed: Float64Array, clock: 'wall' | 'working', overall: Accumulator, groupings: [Grouping<unknown>, Int32Array][]): void {
  packed.sort();
  const pick = (accumulator: Accumulator) => accumulator[clock]!;
  const total = pick(overall);
  const estimates = groupings.map(([grouping]) => grouping.accumulators.map(pick));
  const ids = groupings.map(([, groupIds]) => groupIds);
  const groups = groupings.length;
  for (let i = 0; i < packed.length; i++) {
    const key = packed[i]!;
    const rest = Math.floor(key / INDEX_SPAN);
    const index = key - rest * INDEX_SPAN;
    const answered = (rest & 1) === 0;
    const ms = (rest >>> 1) * 1000;
    total.next(ms, answered);
    for (let g = 0; g < groups; g++) estimates[g]![ids[g]![index]!]!.next(ms, answered);
  }
}

/** Every figure of the reply queue at `now`, overall and per platform, account and category. */
export function responseMetrics(episodes: readonly EpisodeRow[], config: ResponsesConfig, now: number): ResponseMetrics {
  const context = new Context(config);
  const overall = new Accumulator();
  const platforms = new Grouping<Platform>();
  const accounts = new Grouping<string>();
  const categories = new Grouping<Category>();
  const platformIds = new Int32Array(episodes.length);
  const accountIds = new Int32Array(episodes.length);
  const categoryIds = new Int32Array(episodes.length);
  const wall = new Float64Array(episodes.length);
  const working = new Float64Array(episodes.length);
  const excluded = { 'no-reply-needed': 0, 'answered-elsewhere': 0 };
  const m = scratch();
  let n = 0;
  for (const episode of episodes) {
    if (!isMeasured(episode)) {
      excluded[episode.state as keyof typeof excluded]++;
      continue;
    }
    const { clock, accountKey } = context.clockOf(episode.platform, episode.account);
    measure(episode, clock, context.targetOf(episode), now, m);
    const overdue = m.status === 'overdue' ? { id: episode.id, by: -m.remainingMs } : undefined;
    const platformId = (platformIds[n] = platforms.idOf(episode.platform));
    const accountId = (accountIds[n] = accounts.idOf(accountKey));
    const categoryId = (categoryIds[n] = categories.idOf(episode.category));
    overall.add(episode, m, overdue);
    platforms.accumulators[platformId]!.add(episode, m, overdue);
    accounts.accumulators[accountId]!.add(episode, m, overdue);
    categories.accumulators[categoryId]!.add(episode, m, overdue);
    wall[n] = pack(m.wallMs, m.answered, n);
    working[n] = pack(m.workingMs, m.answered, n);
    n++;
  }
  const groupings: [Grouping<unknown>, Int32Array][] = [
    [platforms, platformIds],
    [accounts, accountIds],
    [categories, categoryIds],
  ];
  for (const accumulator of [overall, ...platforms.accumulators, ...accounts.accumulators, ...categories.accumulators]) accumulator.start();
  estimate(wall.subarray(0, n), 'wall', overall, groupings);
  estimate(working.subarray(0, n), 'working', overall, groupings);
  const figuresOf = <K extends string>(grouping: Grouping<K>) =>
    Object.fromEntries([...grouping.byKey].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, id]) => [key, grouping.accumulators[id]!.figures()])) as Record<K, Figures>;
  return {
    now,
    overall: overall.figures(),
    byPlatform: figuresOf(platforms),
    byAccount: figuresOf(accounts),
    byCategory: figuresOf(categories),
    excluded,
  };
}

/**
 * Time left or past in words, for the queue: "sisa 25 menit", "lewat 2 jam kerja" / "25 min left",
 * "2 working hours overdue". Under an hour minutes suffice; working time has no days (their length
 * varies), wall time switches to days from 48 hours.
 */
export function formatRemaining(ms: number, lang: 'id' | 'en', clock: 'working' | 'wall' = 'working'): string {
  const past = ms < 0;
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const working = clock === 'working';
  let amount: string;
  if (totalMinutes < 1) amount = lang === 'id' ? '< 1 menit' : '< 1 min';
  else if (hours === 0) amount = lang === 'id' ? `${minutes} menit` : `${minutes} min`;
  else if (!working && hours >= 48) {
    const days = Math.floor(hours / 24);
    amount = lang === 'id' ? `${days} hari` : `${days} day${days === 1 ? '' : 's'}`;
  } else {
    const extra = hours < 10 && minutes > 0 ? minutes : 0;
    if (lang === 'id') amount = `${hours} jam${extra ? ` ${extra} menit` : ''}${working ? ' kerja' : ''}`;
    else amount = `${hours}${working ? ' working' : ''} hour${hours === 1 ? '' : 's'}${extra ? ` ${extra} min` : ''}`;
  }
  if (lang === 'id') return past ? `lewat ${amount}` : `sisa ${amount}`;
  return past ? `${amount} overdue` : `${amount} left`;
}
