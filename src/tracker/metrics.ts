import type { ResponsesConfig, Target, TimeZone } from '../config/responses';
import type { Platform } from '../messaging/protocol';
import { clockFor, zoneOf, type WorkingClock } from './calendar';
import type { Measured } from './calendar/clock';
import type { Category, EpisodeRow, ItemKind } from './model';
import { packWait, quantilesOfSorted, type Quantile } from './response-times';

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
  private readonly clocks = new Map<Platform, Map<string, { clock: WorkingClock; zone: TimeZone }>>();
  private readonly targets = new Map<Platform, Map<ItemKind, Map<Category, Target>>>();
  constructor(readonly config: ResponsesConfig) {}

  clockOf(platform: Platform, account: string) {
    let byAccount = this.clocks.get(platform);
    if (byAccount === undefined) this.clocks.set(platform, (byAccount = new Map()));
    let entry = byAccount.get(account);
    if (entry === undefined) {
      const zone = zoneOf(this.config, platform, account);
      entry = { clock: clockFor(this.config.calendar, zone), zone };
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

class Accumulator {
  private wall: number[] = [];
  private working: number[] = [];
  answered = 0;
  inTime = 0;
  late = 0;
  pending = 0;
  private overdue: { id: string; by: number }[] = [];
  private oldest: EpisodeRow | undefined;

  add(episode: EpisodeRow, m: Measures): void {
    this.wall.push(packWait(m.wallMs, m.answered));
    this.working.push(packWait(m.workingMs, m.answered));
    if (m.answered) {
      this.answered++;
      if (m.status === 'in-time') this.inTime++;
      else this.late++;
      return;
    }
    if (m.status === 'overdue') this.overdue.push({ id: episode.id, by: -m.remainingMs });
    else this.pending++;
    const oldest = this.oldest;
    if (oldest === undefined || episode.openedAt < oldest.openedAt || (episode.openedAt === oldest.openedAt && episode.id < oldest.id)) this.oldest = episode;
  }

  figures(): Figures {
    const episodes = this.wall.length;
    const [wallMedian, wallP90] = quantilesOfSorted(Float64Array.from(this.wall).sort(), [0.5, 0.9]);
    const [workingMedian, workingP90] = quantilesOfSorted(Float64Array.from(this.working).sort(), [0.5, 0.9]);
    const judged = this.answered + this.overdue.length;
    return {
      episodes,
      answered: this.answered,
      waiting: episodes - this.answered,
      insufficient: episodes < MIN_EPISODES,
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
        count: episodes - this.answered,
        oldest: this.oldest && { id: this.oldest.id, openedAt: this.oldest.openedAt },
        overdue: this.overdue.length,
        overdueIds: this.overdue.sort((a, b) => b.by - a.by || (a.id < b.id ? -1 : 1)).map((o) => o.id),
      },
    };
  }
}

function group<K>(groups: Map<K, Accumulator>, key: K): Accumulator {
  let accumulator = groups.get(key);
  if (accumulator === undefined) groups.set(key, (accumulator = new Accumulator()));
  return accumulator;
}

const sortedFigures = (entries: [string, Accumulator][]): Record<string, Figures> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, accumulator]) => [key, accumulator.figures()]));

/** Every figure of the reply queue at `now`, overall and per platform, account and category. */
export function responseMetrics(episodes: readonly EpisodeRow[], config: ResponsesConfig, now: number): ResponseMetrics {
  const context = new Context(config);
  const overall = new Accumulator();
  const byPlatform = new Map<Platform, Accumulator>();
  const byAccount = new Map<Platform, Map<string, Accumulator>>();
  const byCategory = new Map<Category, Accumulator>();
  const excluded = { 'no-reply-needed': 0, 'answered-elsewhere': 0 };
  const m = scratch();
  for (const episode of episodes) {
    if (!isMeasured(episode)) {
      excluded[episode.state as keyof typeof excluded]++;
      continue;
    }
    measure(episode, context.clockOf(episode.platform, episode.account).clock, context.targetOf(episode), now, m);
    overall.add(episode, m);
    group(byPlatform, episode.platform).add(episode, m);
    let accounts = byAccount.get(episode.platform);
    if (accounts === undefined) byAccount.set(episode.platform, (accounts = new Map()));
    group(accounts, episode.account).add(episode, m);
    group(byCategory, episode.category).add(episode, m);
  }
  return {
    now,
    overall: overall.figures(),
    byPlatform: sortedFigures([...byPlatform]),
    byAccount: sortedFigures([...byAccount].flatMap(([platform, accounts]) => [...accounts].map(([account, a]): [string, Accumulator] => [`${platform}:${account}`, a]))),
    byCategory: sortedFigures([...byCategory]),
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
