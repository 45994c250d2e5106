import { t } from '../../i18n/t';
import type { QueueFigures } from '../../messaging/protocol';
import { duration } from './format';

/** Today's figures at the top: waiting, overdue, median first response, share within target. */
export function TodayFigures({ figures }: { figures: QueueFigures }) {
  const enough = !figures.insufficient;
  const quantile = (q: QueueFigures['median']['wall']) => (q ? `${q.atLeast ? '≥ ' : ''}${duration(q.ms)}` : '');
  const { working, wall } = figures.median;
  return (
    <section aria-labelledby="figures-title" className="figures">
      <h2 id="figures-title">{t('queue_figuresTitle')}</h2>
      <dl>
        <div>
          <dt>{t('queue_figureWaiting')}</dt>
          <dd>{figures.waiting}</dd>
        </div>
        <div className={figures.overdue > 0 ? 'overdue' : undefined}>
          <dt>{t('queue_figureOverdue')}</dt>
          <dd>{figures.overdue}</dd>
        </div>
        <div>
          <dt>{t('queue_figureMedian')}</dt>
          <dd>{!enough || !working || !wall ? t('queue_notEnoughData') : t('queue_medianBoth', [quantile(working), quantile(wall)])}</dd>
        </div>
        <div>
          <dt>{t('queue_figureWithin')}</dt>
          <dd>{!enough || figures.withinTargetShare === null ? t('queue_notEnoughData') : `${Math.round(figures.withinTargetShare * 100)}%`}</dd>
        </div>
      </dl>
    </section>
  );
}
