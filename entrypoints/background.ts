import { createRouter } from '../src/messaging/router';
import { observer, startQueue } from '../src/queue/background';
import { reportHandlers } from '../src/report/handlers';
import { DEFAULT_CONFIG } from '../src/config/schema';
import { enabledSitePatterns, isEnabledSite, startInOpenTabs, syncSiteScripts } from '../src/sites/access';
import { platformOfUrl } from '../src/sites/platforms';
import { forgetTab, listAttachedTabs, recordAttachedTab } from '../src/store/attached-tabs';
import { database } from '../src/store/db';
import { recordOutcome, summarizeOutcomes } from '../src/store/outcomes';

export default defineBackground(() => {
  // Sites besides the platforms that the admin turned Pilar on for (see src/sites/access.ts).
  let enabledSites: string[] = [];
  const refreshSites = async () => {
    enabledSites = await enabledSitePatterns();
    await syncSiteScripts(enabledSites);
  };
  const sitesReady = refreshSites().catch((error: unknown) => console.warn('[Pilar] enabled sites:', error));

  const queue = startQueue();
  const route = createRouter(
    {
      'compose/attached': async (message, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          await recordAttachedTab({ tabId, platform: message.platform, editorKind: message.editorKind, at: Date.now() });
        }
        return { ok: true } as const;
      },
      'status/get': async () => ({
        version: browser.runtime.getManifest().version,
        attached: await listAttachedTabs(),
      }),
      'guard/outcome': async ({ type: _type, ...record }) => {
        await recordOutcome(database(), record);
        await queue.onGuardOutcome(record);
        return { stored: true } as const;
      },
      'outcomes/summary': () => summarizeOutcomes(database()),
      ...queue.handlers,
      ...reportHandlers({ db: database, now: Date.now, observer, appVersion: () => browser.runtime.getManifest().version, config: () => DEFAULT_CONFIG }),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isPlatformUrl: (url) => platformOfUrl(url) !== undefined || isEnabledSite(url, enabledSites),
    },
  );

  // Listeners are registered synchronously at start-up so a restarted worker receives the event.
  // A restarted worker learns the enabled sites before it judges a content script's origin.
  browser.runtime.onMessage.addListener((message, sender) => sitesReady.then(() => route(message, sender)));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // The popup grants or revokes a site; the popup may already be closed when the answer comes.
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void refreshSites()
      .then(() => startInOpenTabs(origins.filter((origin) => enabledSites.includes(origin))))
      .catch((error: unknown) => console.warn('[Pilar] enabling site:', error));
  });
  browser.permissions.onRemoved.addListener(() => {
    void refreshSites().catch((error: unknown) => console.warn('[Pilar] disabling site:', error));
  });
});
