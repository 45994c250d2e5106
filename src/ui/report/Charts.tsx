import type { Bucket } from '../../tracker/report/distribution';
import type { HeatCell } from '../../tracker/report/heatmap';
import type { TrendDay } from '../../tracker/report/trend';
import { t } from '../../i18n/t';
import { count, day, quantileText, WEEKDAYS } from './format';
import type { Drill } from './Tiles';

/** Incoming and answered per day: bars in SVG, the same figures in the table below. */
export function TrendChart({ days, timeZone, onDrill }: { days: TrendDay[]; timeZone: string; onDrill: Drill }) {
  const max = Math.max(1, ...days.map((d) => d.incoming));
  const w = 16;
  return (
    <section aria-labelledby="trend-title" className="chart">
      <h2 id="trend-title">{t('reportTrendTitle')}</h2>
      <svg width={days.length * (w + 4)} height={110} role="img" aria-label={t('reportTrendTitle')} aria-describedby="trend-table">
        {days.map((d, i) => (
          <g key={d.day}>
            <rect x={i * (w + 4)} y={100 - (d.incoming / max) * 96} width={w} height={(d.incoming / max) * 96} className="bar" />
            <rect x={i * (w + 4) + 4} y={100 - (d.answered / max) * 96} width={w - 8} height={(d.answered / max) * 96} className="bar-answered" />
          </g>
        ))}
      </svg>
      <table id="trend-table">
        <thead>
          <tr>
            <th scope="col">{t('reportDay')}</th>
            <th scope="col">{t('reportIncoming')}</th>
            <th scope="col">{t('reportEpisodes')}</th>
            <th scope="col">{t('reportAnswered')}</th>
            <th scope="col">{t('reportMedianWall')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{day(d.day, timeZone)}</th>
              <td>{count(d.incoming)}</td>
              <td>
                <button type="button" className="link" disabled={d.ids.length === 0} onClick={() => onDrill(day(d.day, timeZone), d.ids)}>
                  {count(d.episodes)}
                </button>
              </td>
              <td>{count(d.answered)}</td>
              <td>{quantileText(d.median)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Day × hour of incoming items in the account's zone; a ring marks cells with overdue items, and
 * cells nobody watched and nothing was seen in are "unknown", not zero.
 */
export function HeatmapChart({ cells, onDrill }: { cells: HeatCell[]; onDrill: Drill }) {
  const max = Math.max(1, ...cells.map((c) => c.incoming));
  const names = WEEKDAYS();
  const unknown = (c: HeatCell) => c.coveredHours === 0 && c.incoming === 0;
  const size = 18;
  return (
    <section aria-labelledby="heat-title" className="chart">
      <h2 id="heat-title">{t('reportHeatmapTitle')}</h2>
      <p className="note">{t('reportHeatmapNote')}</p>
      <svg width={40 + 24 * size} height={20 + 7 * size} role="img" aria-label={t('reportHeatmapTitle')} aria-describedby="heat-table">
        {Array.from({ length: 24 }, (_, h) => (h % 3 === 0 ? <text key={h} x={40 + h * size} y={12} className="axis">{h}</text> : null))}
        {cells.map((c) => (
          <g key={`${c.weekday}-${c.hour}`}>
            {c.hour === 0 && <text x={0} y={20 + c.weekday * size + 13} className="axis">{names[c.weekday]}</text>}
            <rect
              x={40 + c.hour * size}
              y={20 + c.weekday * size}
              width={size - 2}
              height={size - 2}
              className={unknown(c) ? 'cell-unknown' : 'cell'}
              style={unknown(c) ? undefined : { fillOpacity: 0.08 + 0.92 * (c.incoming / max) }}
            />
            {c.overdue > 0 && <circle cx={40 + c.hour * size + (size - 2) / 2} cy={20 + c.weekday * size + (size - 2) / 2} r={4} className="overdue" />}
          </g>
        ))}
      </svg>
      <details>
        <summary>{t('reportShowTable')}</summary>
        <table id="heat-table">
          <thead>
            <tr>
              <th scope="col">{t('reportDay')}</th>
              {Array.from({ length: 24 }, (_, h) => (
                <th scope="col" key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name, weekday) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {cells
                  .filter((c) => c.weekday === weekday)
                  .map((c) => (
                    <td key={c.hour}>
                      {unknown(c) ? (
                        <span title={t('reportUnknown')}>?</span>
                      ) : (
                        <button type="button" className="link" disabled={c.overdueIds.length === 0 && c.incoming === 0} onClick={() => onDrill(`${name} ${c.hour}:00`, c.overdueIds)}>
                          {c.incoming}
                          {c.overdue > 0 ? `/${c.overdue}` : ''}
                        </button>
                      )}
                    </td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

const BUCKET_LABEL: Record<Bucket['id'], string> = { '0-1h': '0–1 j', '1-4h': '1–4 j', '4-8h': '4–8 j', '8-24h': '8–24 j', '24h+': '24 j+' };

/** First responses by bucket; waiting items by their age so far, drawn apart. */
export function DistributionChart({ buckets, onDrill }: { buckets: Bucket[]; onDrill: Drill }) {
  const max = Math.max(1, ...buckets.map((b) => b.answered + b.waiting));
  return (
    <section aria-labelledby="dist-title" className="chart">
      <h2 id="dist-title">{t('reportDistributionTitle')}</h2>
      <svg width={5 * 64} height={120} role="img" aria-label={t('reportDistributionTitle')} aria-describedby="dist-table">
        {buckets.map((b, i) => {
          const answered = (b.answered / max) * 90;
          const waiting = (b.waiting / max) * 90;
          return (
            <g key={b.id}>
              <rect x={i * 64 + 8} y={100 - answered} width={48} height={answered} className="bar" />
              <rect x={i * 64 + 8} y={100 - answered - waiting} width={48} height={waiting} className="bar-waiting" />
              <text x={i * 64 + 32} y={115} textAnchor="middle" className="axis">{BUCKET_LABEL[b.id]}</text>
            </g>
          );
        })}
      </svg>
      <table id="dist-table">
        <thead>
          <tr>
            <th scope="col">{t('reportBucket')}</th>
            <th scope="col">{t('reportAnswered')}</th>
            <th scope="col">{t('reportWaiting')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.id}>
              <th scope="row">{BUCKET_LABEL[b.id]}</th>
              <td>
                <button type="button" className="link" disabled={b.ids.length === 0} onClick={() => onDrill(BUCKET_LABEL[b.id], b.ids)}>
                  {count(b.answered)}
                </button>
              </td>
              <td>{count(b.waiting)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
