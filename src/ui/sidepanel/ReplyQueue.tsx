import { useState } from 'react';
import { t } from '../../i18n/t';
import type { Platform, QueueEntry, QueueFilter } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { z } from 'zod';
import { AccountQuestion } from './AccountQuestion';
import { DayExport } from './DayExport';
import { QueueFilters } from './QueueFilters';
import { QueueItem } from './QueueItem';
import { RecentAnswers } from './RecentAnswers';
import { TodayFigures } from './TodayFigures';
import { useQueue } from './useQueue';
import { WriteErrorNotice } from './WriteErrorNotice';

/** Items rendered at a time; the rest is one "show more" away, so 100,000 stored episodes render as fast as 50. */
export const PAGE_SIZE = 50;
const Stored = z.object({ stored: z.literal(true) });

/** The side panel: incoming mentions and comments waiting for the team's reply. */
export function ReplyQueue() {
  const [filter, setFilter] = useState<QueueFilter>({ state: 'open' });
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { view, failed, now, refresh } = useQueue(filter, limit);
  const [actionFailed, setActionFailed] = useState(false);

  const act = async (message: Parameters<typeof sendToBackground>[0]) => {
    const reply = await sendToBackground(message, Stored);
    setActionFailed(reply === undefined);
    await refresh();
  };
  const onMark = (itemKey: string, kind: 'no-reply-needed' | 'answered-elsewhere' | 'reopen') => void act({ type: 'queue/mark', itemKey, kind });
  const onCategory = (itemKey: string, category: QueueEntry['category']) => void act({ type: 'queue/category', itemKey, category });
  const onAccount = (platform: Platform, account: string) => void act({ type: 'queue/account', platform, account });
  const changeFilter = (next: QueueFilter) => {
    setFilter(next);
    setLimit(PAGE_SIZE);
  };

  const filtered = filter.state !== 'open' || filter.platform !== undefined || filter.account !== undefined || filter.category !== undefined;
  const nothingYet = view !== undefined && view.total === 0 && !filtered && view.recent.length === 0 && view.platforms.length === 0;

  return (
    <main aria-labelledby="queue-title" className="queue" aria-busy={view === undefined && !failed}>
      <h1 id="queue-title">{t('sidepanelTitle')}</h1>
      {failed && (
        <p role="alert" className="error">
          {t('queue_loadError')}
        </p>
      )}
      {actionFailed && (
        <p role="alert" className="error">
          {t('queue_actionError')}
        </p>
      )}
      {view?.writeError && <WriteErrorNotice error={view.writeError} now={now} />}
      {nothingYet && <p className="empty">{t('sidepanelEmpty')}</p>}
      {view && !nothingYet && (
        <>
          <TodayFigures figures={view.figures} />
          {view.unknownAccount.map((platform) => (
            <AccountQuestion key={platform} platform={platform} onAnswer={onAccount} />
          ))}
          <QueueFilters filter={filter} platforms={view.platforms} accounts={view.accounts} onChange={changeFilter} />
          <section aria-labelledby="list-title">
            <h2 id="list-title">{t('queue_listTitle', String(view.total))}</h2>
            {view.entries.length === 0 ? (
              <p className="empty">{t('queue_noMatch')}</p>
            ) : (
              <ol className="items">
                {view.entries.map((entry) => (
                  <QueueItem key={entry.episodeId} entry={entry} now={now} onMark={onMark} onCategory={onCategory} />
                ))}
              </ol>
            )}
            {view.total > view.entries.length && (
              <button type="button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
                {t('queue_more', String(view.total - view.entries.length))}
              </button>
            )}
          </section>
          {filter.state === 'open' && <RecentAnswers entries={view.recent} now={now} />}
          <DayExport now={now} />
        </>
      )}
    </main>
  );
}
