import type { TrendDay } from '../../tracker/report/trend';
import { t } from '../../i18n/t';

/** A small trend line of incoming items per day; its label reads the series out. */
export function Sparkline({ days, width = 120, height = 28 }: { days: TrendDay[]; width?: number; height?: number }) {
  if (days.length < 2) return null;
  const max = Math.max(1, ...days.map((d) => d.incoming));
  const step = width / (days.length - 1);
  const points = days.map((d, i) => `${(i * step).toFixed(1)},${(height - 2 - (d.incoming / max) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t('reportSparkline', days.map((d) => String(d.incoming)).join(', '))}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
