import type { EpisodeRow, IncomingRow } from '../model';
import { firstResponders } from '../report/breakdown';
import { targetClock, waitOf } from '../report/clock';
import type { Report, ReportOptions } from '../report/report';
import { targetVerdict } from '../report/response';
import type { ReportRows } from '../report/rows';
import { toCsv, type CellValue } from './csv';
import type { ReportExport } from './schema';

export const EPISODE_COLUMNS = [
  'episode',
  'platform',
  'account',
  'thread',
  'kind',
  'category',
  'opened_at',
  'approximate',
  'state',
  'first_response_at',
  'wall_minutes',
  'working_minutes',
  'target',
  'answered_by',
  'author',
  'first_item',
  'url',
] as const;

const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
const minutes = (ms: number) => Math.round(ms / 6_000) / 10;

/**
 * The CSV export: the stamp of the export (period, zone, clock, config hash, app version), one row
 * per episode of the period, then the summary figures. `pseudonyms` replaces citizen handles.
 */
export function reportCsv(meta: Pick<ReportExport, 'appVersion' | 'timeZone' | 'clock' | 'configHash' | 'targetMs'>, rows: ReportRows, report: Report, options: ReportOptions, pseudonyms?: Map<string, string>): string {
  const { period, now } = report;
  const items = new Map<string, IncomingRow>(rows.incoming.map((item) => [item.key, item]));
  const responders = firstResponders(rows.episodes, rows.replies);
  const clock = targetClock(options.clocks);
  const inPeriod = rows.episodes.filter((e) => e.openedAt >= period.start && e.openedAt < period.end).sort((a, b) => a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1));
  const episodeRow = (episode: EpisodeRow): CellValue[] => {
    const first = items.get(episode.itemKeys[0]!);
    const timed = episode.state === 'open' || episode.state === 'answered';
    const wall = timed ? waitOf(episode, now, options.clocks.wall).ms : undefined;
    const working = timed && options.clocks.working ? waitOf(episode, now, options.clocks.working).ms : undefined;
    const author = first?.author;
    return [
      episode.id,
      episode.platform,
      episode.account,
      episode.threadId,
      episode.kind,
      episode.category,
      iso(episode.openedAt),
      episode.approximate,
      episode.state,
      iso(episode.firstResponseAt),
      wall === undefined ? undefined : minutes(wall),
      working === undefined ? undefined : minutes(working),
      timed ? targetVerdict(episode, now, clock, options.targetMs) : undefined,
      responders.get(episode.id),
      author === undefined ? undefined : (pseudonyms?.get(author) ?? author),
      first?.snippet,
      first?.url,
    ];
  };
  const { volume, response } = report.current;
  const q = (value: { ms: number; atLeast: boolean } | undefined) => (value === undefined ? undefined : `${value.atLeast ? '>=' : ''}${minutes(value.ms)}`);
  const summary: CellValue[][] = [
    ['summary', 'value'],
    ['incoming', volume.incoming],
    ['episodes', volume.episodes],
    ['answered', volume.answered],
    ['no_reply_needed', volume.noReplyNeeded],
    ['response_rate', volume.responseRate],
    ['median_wall_minutes', q(response.wall.median)],
    ['p90_wall_minutes', q(response.wall.p90)],
    ['median_working_minutes', q(response.working?.median)],
    ['p90_working_minutes', q(response.working?.p90)],
    ['within_target', response.withinTarget.share],
    ['late', response.withinTarget.late],
    ['pending', response.withinTarget.pending],
    ['backlog', report.backlog.waiting],
    ['backlog_overdue', report.backlog.overdue],
    ['oldest_waiting_since', iso(report.backlog.oldest?.openedAt)],
    ['drafts_checked', report.audit.checked],
    ['published_over_block', report.audit.counts['published-over-block']],
  ];
  return toCsv([
    ['pilar_report', 'period_start', 'period_end', 'time_zone', 'clock', 'target_minutes', 'config_hash', 'app_version'],
    ['v1', iso(period.start), iso(period.end), meta.timeZone, meta.clock, minutes(meta.targetMs), meta.configHash, meta.appVersion],
    [],
    [...EPISODE_COLUMNS],
    ...inPeriod.map(episodeRow),
    [],
    ...summary,
  ]);
}
