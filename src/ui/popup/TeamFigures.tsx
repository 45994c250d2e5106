import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../i18n/t';
import { t } from '../../i18n/t';
import { sendToBackground } from '../../messaging/send';
import { exportOptions } from '../../tracker/exchange/figures';
import { PERIOD_KINDS, type PeriodKind } from '../../tracker/report/period';
import { buildReport } from '../../tracker/report/report';
import { changeText, count, percent, quantileText } from '../report/format';
import { Audit } from '../report/Sections';
import { Sparkline } from '../report/Sparkline';
import { Tiles } from '../report/Tiles';
import { TeamViewSchema, type TeamViewData } from '../report/team-view';

const PERIOD_LABEL: Record<PeriodKind, MessageKey> = { today: 'reportPeriod_today', '7d': 'reportPeriod_week', '30d': 'reportPeriod_month' };

/** The supervisor's glance: the period's response figures, what went out over a block, per platform. */
export function TeamFigures() {
  const [team, setTeam] = useState<TeamViewData | null>();
  const [period, setPeriod] = useState<PeriodKind>('7d');
  useEffect(() => {
    void sendToBackground({ type: 'report/get' }, TeamViewSchema).then((view) => setTeam(view ?? null));
  }, []);
  const report = useMemo(() => (team ? buildReport(team.merged.rows, exportOptions(team.merged, period)) : undefined), [team, period]);
  if (!report) return null;
  return (
    <section aria-labelledby="team-title" className="team-figures">
      <h2 id="team-title">{t('reportPopupTitle')}</h2>
      <div role="group" aria-label={t('reportPeriod')} className="periods">
        {PERIOD_KINDS.map((kind) => (
          <button key={kind} type="button" aria-pressed={kind === period} onClick={() => setPeriod(kind)}>
            {t(PERIOD_LABEL[kind])}
          </button>
        ))}
        <Sparkline days={report.trend} />
        <span>{changeText(report.changes.incoming)}</span>
      </div>
      <Tiles report={report} />
      <Audit audit={report.audit} timeZone={report.timeZone} limit={3} />
      {report.tables.account.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportAccount')}</th>
              <th scope="col">{t('reportEpisodes')}</th>
              <th scope="col">{t('reportResponseRate')}</th>
              <th scope="col">{t('reportMedianWall')}</th>
            </tr>
          </thead>
          <tbody>
            {report.tables.account.map((row) => (
              <tr key={row.key}>
                <th scope="row">{`${t(`platform_${row.key.split(':')[0]}` as MessageKey)} · ${row.key.slice(row.key.indexOf(':') + 1) || '?'}`}</th>
                <td>{count(row.episodes)}</td>
                <td>{percent(row.responseRate)}</td>
                <td>{quantileText(row.response.wall.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a href={browser.runtime.getURL(`/report.html#${period}` as '/report.html')} target="_blank" rel="noreferrer">
        {t('reportOpenFull')}
      </a>
    </section>
  );
}
