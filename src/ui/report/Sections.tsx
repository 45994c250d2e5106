import type { MessageKey } from '../../i18n/t';
import { t } from '../../i18n/t';
import type { GuardAudit } from '../../tracker/report/audit';
import type { BreakdownRow } from '../../tracker/report/breakdown';
import type { AccountCoverage } from '../../tracker/report/coverage';
import type { Measure } from '../../tracker/report/measures';
import type { RekapCategory } from '../../tracker/report/rekap';
import { count, dateTime, duration, percent, quantileText } from './format';
import type { Drill } from './Tiles';

/** Per platform, account, category or admin: volume, rate, times and target, each row drillable. */
export function BreakdownTable({ title, rows, label, onDrill }: { title: string; rows: BreakdownRow[]; label?: (key: string) => string; onDrill: Drill }) {
  if (rows.length === 0) return null;
  return (
    <section className="table-section">
      <h3>{title}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('reportEpisodes')}</th>
            <th scope="col">{t('reportResponseRate')}</th>
            <th scope="col">{t('reportMedianWall')}</th>
            <th scope="col">p90</th>
            <th scope="col">{t('reportWithinTarget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label ? label(row.key) : row.key}</th>
              <td>
                <button type="button" className="link" onClick={() => onDrill(label ? label(row.key) : row.key, row.ids)} disabled={row.ids.length === 0}>
                  {count(row.episodes)}
                </button>
              </td>
              <td>{percent(row.responseRate)}</td>
              <td>{quantileText(row.response.wall.median)}</td>
              <td>{quantileText(row.response.wall.p90)}</td>
              <td>{percent(row.response.withinTarget.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const MEASURE_VALUE = (id: string, value: number | undefined) =>
  id === 'median-first-response-ms' ? (value === undefined ? '—' : duration(value)) : id === 'response-rate' || id === 'within-target' || id === 'coverage-share' ? percent(value) : count(value);

/** PermenPAN-RB 83/2012's five measures: what the browser saw, and plainly what it could not. */
export function FiveMeasures({ measures, onDrill }: { measures: Measure[]; onDrill: Drill }) {
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t('reportMeasuresTitle')}</h2>
      <dl className="measures">
        {measures.map((measure) => (
          <div key={measure.id}>
            <dt>{t(`reportMeasure_${measure.id.replace('-', '_')}` as MessageKey)}</dt>
            {measure.observed.map((o) => (
              <dd key={o.id}>
                {t(`reportObserved_${o.id.replaceAll('-', '_')}` as MessageKey)}:{' '}
                {o.ids && o.ids.length > 0 ? (
                  <button type="button" className="link" onClick={() => onDrill(t(`reportObserved_${o.id.replaceAll('-', '_')}` as MessageKey), o.ids!)}>
                    {MEASURE_VALUE(o.id, o.value)}
                  </button>
                ) : (
                  <strong>{MEASURE_VALUE(o.id, o.value)}</strong>
                )}
              </dd>
            ))}
            {measure.unobserved.map((u) => (
              <dd key={u} className="unobserved">
                {t(`reportUnobserved_${u.replaceAll('-', '_')}` as MessageKey)}
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Hours in which someone had Pilar open, per account; the rest is unknown, not quiet. */
export function CoverageTable({ accounts }: { accounts: AccountCoverage[] }) {
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('reportCoverageTitle')}</h2>
      {accounts.length === 0 ? (
        <p className="empty">{t('reportCoverageNone')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reportAccount')}</th>
              <th scope="col">{t('reportCoveredHours')}</th>
              <th scope="col">{t('reportUnknownHours')}</th>
              <th scope="col">{t('reportObservers')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={`${a.platform}:${a.account}`}>
                <th scope="row">{`${t(`platform_${a.platform}` as MessageKey)} · ${a.account || '?'}`}</th>
                <td>{t('reportHoursOf', [count(a.coveredHours), count(a.periodHours), percent(a.share)])}</td>
                <td>{count(a.periodHours - a.coveredHours)}</td>
                <td>{a.observers.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Rekap masukan masyarakat: the citizens' words by category and post, verbatim. */
export function Rekap({ categories, timeZone, onExport }: { categories: RekapCategory[]; timeZone: string; onExport: () => void }) {
  return (
    <section aria-labelledby="rekap-title" className="rekap">
      <h2 id="rekap-title">{t('reportRekapTitle')}</h2>
      <p className="note">{t('reportRekapNote')}</p>
      <button type="button" onClick={onExport} disabled={categories.length === 0} className="no-print">
        {t('reportRekapExport')}
      </button>
      {categories.length === 0 && <p className="empty">{t('reportRekapNone')}</p>}
      {categories.map((category) => (
        <section key={category.category}>
          <h3>{`${t(`reportCategory_${category.category}` as MessageKey)} (${count(category.count)})`}</h3>
          {category.topics.map((topic) => (
            <details key={topic.threadId} open={category.topics.length <= 3}>
              <summary>{t('reportRekapTopic', [topic.threadId, count(topic.items.length)])}</summary>
              <ul>
                {topic.items.map((item) => (
                  <li key={item.key}>
                    <blockquote>{item.text}</blockquote>
                    <small>{`${item.author} · ${dateTime(item.at, timeZone)}`}</small>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      ))}
    </section>
  );
}

/** Drafts the guard checked, findings by category, and what went out over a block and why. */
export function Audit({ audit, timeZone, limit }: { audit: GuardAudit; timeZone: string; limit?: number }) {
  const overrides = limit === undefined ? audit.overrides : audit.overrides.slice(0, limit);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('reportAuditTitle')}</h2>
      <p>
        {t('reportAuditChecked', [count(audit.checked), count(audit.counts.held), count(audit.findings.tone), count(audit.findings.pillar), count(audit.findings.classified)])}
      </p>
      <h3>{t('reportOverridesTitle', count(audit.overrides.length))}</h3>
      {overrides.length === 0 ? (
        <p className="empty">{t('reportOverridesNone')}</p>
      ) : (
        <ul className="overrides">
          {overrides.map((o) => (
            <li key={o.id}>
              <span>{`${dateTime(o.at, timeZone)} · ${t(`platform_${o.platform}` as MessageKey)} · ${o.rules.join(', ')}`}</span>
              <blockquote>{o.reason || t('reportOverrideNoReason')}</blockquote>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
