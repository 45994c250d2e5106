import { t } from '../../i18n/t';
import type { QueueEntry } from '../../messaging/protocol';
import { accountName, clockTime, platformName, responseTime } from './format';

/** The latest answered items with their response times. */
export function RecentAnswers({ entries, now }: { entries: QueueEntry[]; now: number }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">{t('queue_recentTitle')}</h2>
      <ul className="recent">
        {entries.map((entry) => (
          <li key={entry.episodeId}>
            <span>{entry.author}</span> <span className="meta">{platformName(entry.platform)} · {accountName(entry.account)}</span>
            <br />
            <span>
              {responseTime(entry)}
              {' · '}
              {clockTime(entry.firstResponseAt!, entry.zone, now)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
