import { t } from '../../i18n/t';

/** The side panel: incoming mentions and comments waiting for the team's reply. */
export function ReplyQueue() {
  return (
    <main aria-labelledby="queue-title">
      <h1 id="queue-title">{t('sidepanelTitle')}</h1>
      <p className="empty">{t('sidepanelEmpty')}</p>
    </main>
  );
}
