import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../i18n/t';
import { t } from '../../i18n/t';
import type { DrillItem } from '../../tracker/report/report';
import { dateTime, duration } from './format';

const SHOWN = 200;

/** The items behind a figure, in a dialog that keeps focus until closed (Escape closes it). */
export function DrillDown({ title, items, timeZone, onClose }: { title: string; items: DrillItem[]; timeZone: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="drill-title" onClose={onClose} onCancel={onClose} open={dialog.current ? undefined : true}>
      <h2 id="drill-title">{t('reportDrillTitle', [title, String(items.length)])}</h2>
      {items.length === 0 && <p className="empty">{t('reportDrillNone')}</p>}
      <ol className="drill">
        {items.slice(0, SHOWN).map(({ episode, items: its }) => (
          <li key={episode.id}>
            <span>
              {`${t(`platform_${episode.platform}` as MessageKey)} · ${dateTime(episode.openedAt, timeZone)}${episode.approximate ? ` (${t('reportApproximate')})` : ''} · ${t(`reportState_${episode.state.replaceAll('-', '_')}` as MessageKey)}`}
              {episode.firstResponseAt !== undefined && ` · ${duration(episode.firstResponseAt - episode.openedAt)}`}
            </span>
            {its.map((item) => (
              <blockquote key={item.key}>
                <a href={item.url} target="_blank" rel="noreferrer noopener">
                  {item.author}
                </a>
                {`: ${item.snippet}`}
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
      {items.length > SHOWN && <p>{t('reportDrillMore', String(items.length - SHOWN))}</p>}
      <button type="button" onClick={onClose} autoFocus>
        {t('reportClose')}
      </button>
    </dialog>
  );
}
