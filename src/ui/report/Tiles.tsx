import type { Report } from '../../tracker/report/report';
import { t } from '../../i18n/t';
import { changeText, count, duration, percent, quantileText } from './format';

export type Drill = (title: string, ids: string[]) => void;

/** The headline figures: what a supervisor reads in two seconds. */
export function Tiles({ report, onDrill }: { report: Report; onDrill?: Drill }) {
  const { volume, response } = report.current;
  const { changes, backlog } = report;
  const tile = (label: string, value: string, detail: string, ids?: string[]) => (
    <li className="tile">
      <span className="tile-label">{label}</span>
      {onDrill && ids ? (
        <button type="button" className="tile-value" onClick={() => onDrill(label, ids)} aria-label={`${label}: ${value}. ${t('reportShowItems')}`}>
          {value}
        </button>
      ) : (
        <strong className="tile-value">{value}</strong>
      )}
      <span className="tile-detail">{detail}</span>
    </li>
  );
  const working = response.working;
  return (
    <ul className="tiles" aria-label={t('reportHeadline')}>
      {tile(t('reportIncoming'), count(volume.incoming), changeText(changes.incoming), report.trend.flatMap((d) => d.ids))}
      {tile(t('reportResponseRate'), percent(volume.responseRate), [t('reportAnsweredOf', [count(volume.answered), count(volume.episodes - volume.noReplyNeeded)]), changeText(changes.responseRate)].join(' '), volume.unansweredIds)}
      {tile(
        working ? t('reportMedianWorking') : t('reportMedianWall'),
        quantileText(working ? working.median : response.wall.median),
        working
          ? t('reportP90WithWall', [quantileText(working.p90), quantileText(response.wall.median)])
          : `${t('reportP90', quantileText(response.wall.p90))}${response.fewItems && volume.episodes > 0 ? ` · ${t('reportFewItems')}` : ''}`,
        response.ids,
      )}
      {tile(t('reportWithinTarget'), percent(response.withinTarget.share), t('reportLatePending', [count(response.withinTarget.late), count(response.withinTarget.pending)]), response.withinTarget.lateIds)}
      {tile(
        t('reportBacklog'),
        count(backlog.waiting),
        backlog.oldest ? t('reportOldest', [duration(backlog.oldest.ageMs), count(backlog.overdue)]) : t('reportNothingWaits'),
        backlog.ids,
      )}
    </ul>
  );
}
