import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n/t';
import { t } from '../../i18n/t';
import { sendToBackground } from '../../messaging/send';
import { toCsv } from '../../tracker/exchange/csv';
import { exportOptions } from '../../tracker/exchange/figures';
import { reportCsv } from '../../tracker/exchange/report-csv';
import { ImportReply, TeamViewSchema, type TeamViewData } from './team-view';
import { PERIOD_KINDS, type PeriodKind } from '../../tracker/report/period';
import { buildReport, drillDown } from '../../tracker/report/report';
import { DistributionChart, HeatmapChart, TrendChart } from './Charts';
import { DrillDown } from './DrillDown';
import { dateTime } from './format';
import { download } from './download';
import { Audit, BreakdownTable, CoverageTable, FiveMeasures, Rekap } from './Sections';
import { Tiles } from './Tiles';

/** The full report: every figure of the period, its items, and the exports a supervisor signs. */
export function ReportPage() {
  const [team, setTeam] = useState<TeamViewData | null>();
  const [period, setPeriod] = useState<PeriodKind>(() => (PERIOD_KINDS.find((kind) => location.hash === `#${kind}`) ?? '30d'));
  const [drill, setDrill] = useState<{ title: string; ids: string[] }>();
  const [notice, setNotice] = useState<string>();

  const load = useCallback(() => sendToBackground({ type: 'report/get' }, TeamViewSchema).then((view) => setTeam(view ?? null)), []);
  useEffect(() => {
    void load();
  }, [load]);

  const report = useMemo(() => (team ? buildReport(team.merged.rows, exportOptions(team.merged, period)) : undefined), [team, period]);
  const onDrill = useCallback((title: string, ids: string[]) => setDrill({ title, ids }), []);

  if (team === undefined) return <main aria-busy="true"><p>{t('reportLoading')}</p></main>;
  if (team === null || !report) return <main><p role="alert">{t('reportUnavailable')}</p></main>;
  const { merged, conflicts } = team;
  const stamp = `${merged.timeZone} · ${merged.configHash.slice(0, 12)} · v${merged.appVersion}`;

  const importFiles = async (files: FileList | null) => {
    const messages: string[] = [];
    for (const file of files ?? []) {
      const answer = await sendToBackground({ type: 'report/import', file: await file.text() }, ImportReply);
      messages.push(answer?.ok ? t('reportImported', [file.name, String(answer.items)]) : t('reportImportRefused', [file.name, answer && !answer.ok ? answer.reason : t('reportUnavailable')]));
    }
    setNotice(messages.join(' '));
    await load();
  };
  const fileName = (ext: string) => `pilar-${period}-${new Date(report.now).toISOString().slice(0, 10)}.${ext}`;
  const exportRekap = () =>
    download(
      fileName('rekap.csv'),
      toCsv([
        ['kategori', 'unggahan', 'platform', 'penulis', 'waktu', 'masukan', 'tautan'],
        ...report.rekap.flatMap((c) => c.topics.flatMap((topic) => topic.items.map((item) => [c.category, topic.threadId, item.platform, item.author, new Date(item.at).toISOString(), item.text, item.url]))),
      ]),
      'text/csv;charset=utf-8',
    );

  return (
    <main className="report">
      <header>
        <h1>{t('reportTitle')}</h1>
        <p>{t('reportPeriodLine', [dateTime(report.period.start, report.timeZone), dateTime(report.period.end, report.timeZone), stamp])}</p>
        <p>{t('reportObservedBy', [String(merged.exportedBy.length)])}</p>
        <div className="no-print controls">
          <label>
            {t('reportPeriod')}{' '}
            <select value={period} onChange={(event) => setPeriod(event.target.value as PeriodKind)}>
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reportPeriod_${kind === 'today' ? 'today' : kind === '7d' ? 'week' : 'month'}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => download(fileName('json'), JSON.stringify({ ...merged, period: { kind: period, start: report.period.start, end: report.period.end } }), 'application/json')}>
            {t('reportExportJson')}
          </button>
          <button type="button" onClick={() => download(fileName('csv'), reportCsv(merged, merged.rows, report, exportOptions(merged, period)), 'text/csv;charset=utf-8')}>
            {t('reportExportCsv')}
          </button>
          <label className="import">
            {t('reportImport')} <input type="file" accept=".json,application/json" multiple onChange={(event) => void importFiles(event.target.files)} />
          </label>
          <button type="button" onClick={() => window.print()}>
            {t('reportPrint')}
          </button>
        </div>
        {notice && <p role="status">{notice}</p>}
        {conflicts.length > 0 && (
          <details className="conflicts">
            <summary>{t('reportConflicts', String(conflicts.length))}</summary>
            <ul>
              {conflicts.slice(0, 100).map((c) => (
                <li key={`${c.table}:${c.key}:${c.field}`}>{`${c.table} ${c.key} · ${c.field}: ${c.values.map((v) => `${v.value} (${v.observedBy})`).join(' / ')}`}</li>
              ))}
            </ul>
          </details>
        )}
      </header>
      {report.current.volume.incoming === 0 && report.audit.checked === 0 && <p className="empty">{t('reportEmpty')}</p>}
      <Tiles report={report} onDrill={onDrill} />
      <TrendChart days={report.trend} timeZone={report.timeZone} onDrill={onDrill} />
      <HeatmapChart cells={report.heatmap} onDrill={onDrill} />
      <DistributionChart buckets={report.distribution} onDrill={onDrill} />
      <section aria-labelledby="tables-title">
        <h2 id="tables-title">{t('reportTablesTitle')}</h2>
        <BreakdownTable title={t('reportPlatform')} rows={report.tables.platform} label={(key) => t(`platform_${key}` as MessageKey)} onDrill={onDrill} />
        <BreakdownTable title={t('reportAccount')} rows={report.tables.account} onDrill={onDrill} />
        <BreakdownTable title={t('reportCategory')} rows={report.tables.category} label={(key) => t(`reportCategory_${key}` as MessageKey)} onDrill={onDrill} />
        <BreakdownTable title={t('reportAdmin')} rows={report.tables.admin} onDrill={onDrill} />
      </section>
      <FiveMeasures measures={report.measures} onDrill={onDrill} />
      <CoverageTable accounts={report.coverage} />
      <Audit audit={report.audit} timeZone={report.timeZone} />
      <Rekap categories={report.rekap} timeZone={report.timeZone} onExport={exportRekap} />
      <footer className="signature">
        <p>{t('reportSignature')}</p>
      </footer>
      {drill && <DrillDown title={drill.title} items={drillDown(merged.rows, drill.ids)} timeZone={report.timeZone} onClose={() => setDrill(undefined)} />}
    </main>
  );
}
