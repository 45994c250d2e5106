import type { MouseEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../i18n/t';
import { QueueCategory, type QueueEntry } from '../../messaging/protocol';
import { accountName, categoryName, clockTime, kindName, platformName, responseTime, stateName, timeLeft, urgency } from './format';

interface Props {
  entry: QueueEntry;
  now: number;
  onMark: (itemKey: string, kind: 'no-reply-needed' | 'answered-elsewhere' | 'reopen') => void;
  onCategory: (itemKey: string, category: QueueEntry['category']) => void;
}

/** Opens the item's permalink in the current tab (the one next to the side panel). */
function openInCurrentTab(event: MouseEvent<HTMLAnchorElement>, url: string) {
  event.preventDefault();
  void browser.tabs.update({ url });
}

/** One item of the queue: who, what, how long it has left, and what the admin can do with it. */
export function QueueItem({ entry, now, onMark, onCategory }: Props) {
  const open = entry.state === 'open';
  const level = open ? urgency(entry) : undefined;
  const answered = entry.state === 'answered';
  const titleId = `item-${entry.episodeId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li className={`item${level ? ` ${level}` : ''}`} aria-labelledby={titleId}>
      <div className="item-head">
        <a id={titleId} href={entry.url} onClick={(event) => openInCurrentTab(event, entry.url)} title={t('queue_openHere')}>
          {entry.author || t('queue_unknownAuthor')}
        </a>
        <span className="meta">
          {platformName(entry.platform)} · {accountName(entry.account)} · {kindName(entry.kind)}
        </span>
      </div>
      <p className="snippet">{entry.snippet}</p>
      <p className="meta">
        {level ? <strong className="due">{timeLeft(entry)}</strong> : <span>{stateName(entry.state)}</span>}
        {' · '}
        {t('queue_arrived', `${entry.approximate ? '≈ ' : ''}${clockTime(entry.openedAt, entry.zone, now)}`)}
        {answered && ` · ${responseTime(entry)}`}
        {entry.itemCount > 1 && ` · ${t('queue_followUps', String(entry.itemCount - 1))}`}
      </p>
      <div className="actions">
        <label>
          <span className="visually-hidden">{t('queue_categoryLabel')}</span>
          <select value={entry.category} onChange={(event) => onCategory(entry.itemKey, QueueCategory.parse(event.target.value))}>
            {QueueCategory.options.map((category) => (
              <option key={category} value={category}>
                {categoryName(category)}
              </option>
            ))}
          </select>
        </label>
        {open ? (
          <>
            <button type="button" onClick={() => onMark(entry.itemKey, 'no-reply-needed')}>
              {t('queue_markNoReply')}
            </button>
            <button type="button" onClick={() => onMark(entry.itemKey, 'answered-elsewhere')}>
              {t('queue_markElsewhere')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onMark(entry.itemKey, 'reopen')}>
            {t('queue_reopen')}
          </button>
        )}
      </div>
    </li>
  );
}
