import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../../i18n/t';
import { OutcomesSummary, StatusReply } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { currentTabSite, setSiteEnabled, type TabSite } from '../../sites/access';
import { browser } from 'wxt/browser';
import { StorageProblemNotice } from './StorageProblem';
import { TeamFigures } from './TeamFigures';

/** The popup: where Pilar is at work now, at a glance. */
export function Summary() {
  const [status, setStatus] = useState<StatusReply>();
  const [outcomes, setOutcomes] = useState<OutcomesSummary>();

  useEffect(() => {
    // Both answers land in one render, so the page never shows half of its figures.
    void Promise.all([
      sendToBackground({ type: 'status/get' }, StatusReply),
      sendToBackground({ type: 'outcomes/summary' }, OutcomesSummary),
    ]).then(([nextStatus, nextOutcomes]) => {
      setStatus(nextStatus);
      setOutcomes(nextOutcomes);
    });
  }, []);

  const attached = status?.attached ?? [];
  return (
    <main aria-labelledby="summary-title">
      <h1 id="summary-title">{t('popupTitle')}</h1>
      <StorageProblemNotice />
      {attached.length === 0 ? (
        <p className="empty">{t('popupAttachedNone')}</p>
      ) : (
        <>
          <p>{t('popupAttachedCount', String(attached.length))}</p>
          <ul>
            {attached.map((tab) => (
              <li key={tab.tabId}>
                {t(`platform_${tab.platform}` as MessageKey)} — {t(`editorKind_${tab.editorKind}` as MessageKey)}
              </li>
            ))}
          </ul>
        </>
      )}
      <TeamFigures />
      {outcomes && <GuardCounts summary={outcomes} />}
      <SiteAccess />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}

/** What the Post guard did: held drafts, and above all what went out over a block. */
function GuardCounts({ summary }: { summary: OutcomesSummary }) {
  const { counts } = summary;
  return (
    <section aria-labelledby="guard-title">
      <h2 id="guard-title">{t('popupOutcomesTitle')}</h2>
      <ul>
        <li>
          <strong>{t('popupOutcomeOverBlock', String(counts['published-over-block']))}</strong>
        </li>
        <li>{t('popupOutcomeHeld', String(counts.held))}</li>
        <li>{t('popupOutcomeCancelled', String(counts.cancelled))}</li>
        <li>{t('popupOutcomeWarnings', String(counts['published-warnings']))}</li>
        <li>{t('popupOutcomeClean', String(counts['published-clean']))}</li>
      </ul>
    </section>
  );
}

/** Turns Pilar on or off for the current tab's site, when it is not one of the platforms. */
function SiteAccess() {
  const [site, setSite] = useState<TabSite>();
  useEffect(() => {
    void currentTabSite().then(setSite);
  }, []);
  if (!site) return null;
  const toggle = () => {
    void setSiteEnabled(site, !site.enabled).then((enabled) => setSite({ ...site, enabled }));
  };
  return (
    <section aria-labelledby="site-title">
      <h2 id="site-title">{site.host}</h2>
      <p>{t(site.enabled ? 'popupSiteOn' : 'popupSiteOff')}</p>
      <button type="button" onClick={toggle}>
        {t(site.enabled ? 'popupSiteTurnOff' : 'popupSiteTurnOn')}
      </button>
    </section>
  );
}
