import { t } from '../../i18n/t';

/** The options page: the team's rule configuration. */
export function Settings() {
  return (
    <main aria-labelledby="settings-title">
      <h1 id="settings-title">{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </main>
  );
}
