import type { Quantile } from '../response-times';
import type { Report } from './report';

/** The headline figures in one flat object: what the popup shows, what `pilar report merge` prints. */
export interface HeadlineFigures {
  periodStart: number;
  periodEnd: number;
  incoming: number;
  episodes: number;
  answered: number;
  responseRate: number | undefined;
  medianWall: Quantile;
  p90Wall: Quantile;
  medianWorking: Quantile;
  p90Working: Quantile;
  withinTarget: number | undefined;
  backlog: number;
  backlogOverdue: number;
  oldestWaitingSince: number | undefined;
  draftsChecked: number;
  publishedOverBlock: number;
}

export function headlineFigures(report: Report): HeadlineFigures {
  const { volume, response } = report.current;
  return {
    periodStart: report.period.start,
    periodEnd: report.period.end,
    incoming: volume.incoming,
    episodes: volume.episodes,
    answered: volume.answered,
    responseRate: volume.responseRate,
    medianWall: response.wall.median,
    p90Wall: response.wall.p90,
    medianWorking: response.working?.median,
    p90Working: response.working?.p90,
    withinTarget: response.withinTarget.share,
    backlog: report.backlog.waiting,
    backlogOverdue: report.backlog.overdue,
    oldestWaitingSince: report.backlog.oldest?.openedAt,
    draftsChecked: report.audit.checked,
    publishedOverBlock: report.audit.counts['published-over-block'],
  };
}
