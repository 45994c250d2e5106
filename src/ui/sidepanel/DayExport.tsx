import { useState } from 'react';
import { t } from '../../i18n/t';
import { QueueDayReply, type QueueEntry } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { localDate } from '../../queue/day';
import { dayListCsv } from '../../queue/export';
import { accountName, clockTime, platformName, responseTime, stateName } from './format';

/** The day's list as plain lines to paste into a chat or a report. */
function dayListText(date: string, entries: QueueEntry[]): string {
  const lines = entries.map((entry) => {
    const answered = entry.state === 'answered' ? `, ${responseTime(entry)}` : '';
    return `- ${clockTime(entry.openedAt, entry.zone, entry.openedAt)} ${platformName(entry.platform)} ${accountName(entry.account)} — ${entry.author}: ${entry.snippet} (${stateName(entry.state)}${answered}) ${entry.url}`;
  });
  return [t('queue_exportHeading', [date, String(entries.length)]), ...lines].join('\n');
}

/** Copy or download the episodes of one day. */
export function DayExport({ now }: { now: number }) {
  const [date, setDate] = useState(() => localDate(now, 'Asia/Jakarta'));
  const [status, setStatus] = useState('');

  const load = async () => {
    const reply = await sendToBackground({ type: 'queue/day', date }, QueueDayReply);
    if (!reply) setStatus(t('queue_loadError'));
    else if (reply.entries.length === 0) setStatus(t('queue_exportEmpty'));
    return reply?.entries.length ? reply.entries : undefined;
  };

  const copy = async () => {
    const entries = await load();
    if (!entries) return;
    try {
      await navigator.clipboard.writeText(dayListText(date, entries));
      setStatus(t('queue_copied', String(entries.length)));
    } catch {
      setStatus(t('queue_copyFailed'));
    }
  };

  const download = async () => {
    const entries = await load();
    if (!entries) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([dayListCsv(entries)], { type: 'text/csv;charset=utf-8' }));
    link.download = `pilar-${date}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
    setStatus(t('queue_downloaded', String(entries.length)));
  };

  return (
    <section aria-labelledby="export-title" className="export">
      <h2 id="export-title">{t('queue_exportTitle')}</h2>
      <div className="row">
        <label>
          {t('queue_exportDate')}
          <input type="date" value={date} required onChange={(event) => event.target.value && setDate(event.target.value)} />
        </label>
        <button type="button" onClick={() => void copy()}>
          {t('queue_copy')}
        </button>
        <button type="button" onClick={() => void download()}>
          {t('queue_downloadCsv')}
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
