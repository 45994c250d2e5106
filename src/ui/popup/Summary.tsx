import { useEffect, useState } from 'react';
import { t, type MessageKey } from '../../i18n/t';
import { StatusReply } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { browser } from 'wxt/browser';

/** The popup: where Pilar is at work now, at a glance. */
export function Summary() {
  const [status, setStatus] = useState<StatusReply>();

  useEffect(() => {
    void sendToBackground({ type: 'status/get' }, StatusReply).then(setStatus);
  }, []);

  const attached = status?.attached ?? [];
  return (
    <main aria-labelledby="summary-title">
      <h1 id="summary-title">{t('popupTitle')}</h1>
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
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupOpenOptions')}
      </button>
    </main>
  );
}
