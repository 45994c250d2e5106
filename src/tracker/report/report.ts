import type { EpisodeRow, IncomingRow } from '../model';
import { guardAudit, type GuardAudit } from './audit';
import { backlogFigures, type BacklogFigures } from './backlog';
import { adminBreakdown, breakdown, type AdminRow, type BreakdownRow } from './breakdown';
import type { Clocks } from './clock';
import { coverageFigures, type AccountCoverage } from './coverage';
import { distribution, type Bucket } from './distribution';
import { heatmap, type HeatCell } from './heatmap';
import { fiveMeasures, type Measure } from './measures';
import { change, selectPeriod, within, type Period, type PeriodKind, type Span } from './period';
import { rekap, type RekapCategory } from './rekap';
import { responseFigures, type ResponseFigures } from './response';
import { offsetMs } from '../calendar/zone';
import { arrivedAt, HOUR_MS, type ReportRows } from './rows';
import { trend, type TrendDay } from './trend';
import { volumeFigures, type VolumeFigures } from './volume';

export interface ReportOptions {
  period: PeriodKind;
  /** "Now": the time the figures are as of (for a team merge, the newest export). */
  now: number;
  /** The account's zone (IANA), e.g. Asia/Jakarta. */
  timeZone: string;
  clocks: Clocks;
  /** The first-response target, on `clocks.target`. */
  targetMs: number;
  /** Only this platform / account (`platform:account`), when given. */
  platform?: string;
  account?: string;
}

export interface Headline {
  volume: VolumeFigures;
  response: ResponseFigures;
}

/** Relative change of the headline figures against the previous period (undefined: no base). */
export interface Changes {
  incoming: number | undefined;
  responseRate: number | undefined;
  medianWall: number | undefined;
  withinTarget: number | undefined;
}

export interface Report {
  period: Period;
  timeZone: string;
  now: number;
  current: Headline;
  previous: Headline;
  changes: Changes;
  backlog: BacklogFigures;
  trend: TrendDay[];
  heatmap: HeatCell[];
  distribution: Bucket[];
  tables: { platform: BreakdownRow[]; account: BreakdownRow[]; category: BreakdownRow[]; admin: AdminRow[] };
  measures: Measure[];
  coverage: AccountCoverage[];
  rekap: RekapCategory[];
  audit: GuardAudit;
}

function filtered(rows: ReportRows, options: ReportOptions): ReportRows {
  if (options.platform === undefined && options.account === undefined) return rows;
  const keep = (row: { platform: string; account: string }) =>
    (options.platform === undefined || row.platform === options.platform) &&
    (options.account === undefined || `${row.platform}:${row.account}` === options.account);
  return {
    incoming: rows.incoming.filter(keep),
    replies: rows.replies.filter(keep),
    marks: rows.marks,
    episodes: rows.episodes.filter(keep),
    outcomes: options.account === undefined ? rows.outcomes.filter((o) => options.platform === undefined || o.platform === options.platform) : [],
    coverage: rows.coverage.filter(keep),
    postStats: rows.postStats.filter(keep),
  };
}

function slice(rows: ReportRows, span: Span): { items: IncomingRow[]; episodes: EpisodeRow[] } {
  return {
    items: rows.incoming.filter((item) => within(span, arrivedAt(item))),
    episodes: rows.episodes.filter((episode) => within(span, episode.openedAt)),
  };
}

function headline(items: IncomingRow[], episodes: EpisodeRow[], options: ReportOptions): Headline {
  return { volume: volumeFigures(items, episodes), response: responseFigures(episodes, options.now, options.clocks, options.targetMs) };
}

/**
 * Every figure of the supervisor's view, from plain rows. Episodes belong to the period in which
 * they opened (a late reply moves an old period's figures, so a report says what it is as of).
 */
export function buildReport(allRows: ReportRows, options: ReportOptions): Report {
  const rows = filtered(allRows, options);
  // Indonesia's zones keep one offset all year.
  const offset = offsetMs(options.timeZone, options.now);
  const period = selectPeriod(options.period, options.now, offset);
  const now = slice(rows, period);
  const before = slice(rows, period.previous);
  const current = headline(now.items, now.episodes, options);
  const previous = headline(before.items, before.episodes, options);
  const replies = rows.replies.filter((reply) => within(period, reply.sentAt));
  const coverage = coverageFigures(rows.coverage, period);
  const periodHours = Math.max(1, Math.ceil((period.end - period.start) / HOUR_MS));
  const covered = coverage.reduce((sum, account) => sum + account.coveredHours, 0);
  const { clocks, targetMs } = options;
  return {
    period,
    timeZone: options.timeZone,
    now: options.now,
    current,
    previous,
    changes: {
      incoming: change(current.volume.incoming, previous.volume.incoming),
      responseRate: change(current.volume.responseRate, previous.volume.responseRate),
      medianWall: change(current.response.wall.median?.ms, previous.response.wall.median?.ms),
      withinTarget: change(current.response.withinTarget.share, previous.response.withinTarget.share),
    },
    backlog: backlogFigures(rows.episodes, options.now, clocks, targetMs),
    trend: trend(period.days, now.items, now.episodes, options.now, clocks),
    heatmap: heatmap(now.items, now.episodes, rows.coverage, period, offset, options.now, clocks, targetMs),
    distribution: distribution(now.episodes, options.now, clocks),
    tables: {
      platform: breakdown('platform', now.episodes, options.now, clocks, targetMs),
      account: breakdown('account', now.episodes, options.now, clocks, targetMs),
      category: breakdown('category', now.episodes, options.now, clocks, targetMs),
      admin: adminBreakdown(now.episodes, replies, options.now, clocks, targetMs),
    },
    measures: fiveMeasures({
      span: period,
      previous: period.previous,
      items: now.items,
      previousItems: before.items,
      episodes: now.episodes,
      volume: current.volume,
      response: current.response,
      postStats: rows.postStats,
      coverageShare: coverage.length === 0 ? undefined : covered / (periodHours * coverage.length),
    }),
    coverage,
    rekap: rekap(now.items),
    audit: guardAudit(rows.outcomes, period),
  };
}

export interface DrillItem {
  episode: EpisodeRow;
  items: IncomingRow[];
}

/** The items behind a figure: each episode id with its incoming items, oldest first. */
export function drillDown(rows: ReportRows, ids: readonly string[]): DrillItem[] {
  const wanted = new Set(ids);
  const items = new Map(rows.incoming.map((item) => [item.key, item]));
  return rows.episodes
    .filter((episode) => wanted.has(episode.id))
    .sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1))
    .map((episode) => ({ episode, items: episode.itemKeys.map((key) => items.get(key)).filter((item): item is IncomingRow => item !== undefined) }));
}
