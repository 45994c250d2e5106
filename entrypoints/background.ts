import { createRouter } from '../src/messaging/router';
import { observer, startQueue } from '../src/queue/background';
import { reportHandlers } from '../src/report/handlers';
import { DEFAULT_CONFIG, type RuleConfig } from '../src/config/schema';
import { enabledSitePatterns, isEnabledSite, startInOpenTabs, syncSiteScripts } from '../src/sites/access';
import { platformOfUrl } from '../src/sites/platforms';
import { forgetTab, listAttachedTabs, recordAttachedTab } from '../src/store/attached-tabs';
import { database } from '../src/store/db';
import { recordOutcome, summarizeOutcomes } from '../src/store/outcomes';
import { drainPendingOutcomes, openSessionQueue } from '../src/store/pending-outcomes';
import { noteStorageProblem } from '../src/store/problems';
import { createConfigService } from '../src/team-config/service';

// Firefox (MV2): an event page, unloaded when idle like Chrome's service worker, so the restart
// path users run is the one the tests run (RS-06). Chrome's MV3 worker ignores the flag.
export default defineBackground({
  persistent: false,
  main() {
  // Sites besides the platforms that the admin turned Pilar on for (see src/sites/access.ts).
  let enabledSites: string[] = [];
  const teamConfig = createConfigService();
  const refreshSites = async () => {
    // The team config's host is granted for fetching only, not for checking drafts on.
    const configOrigin = await teamConfig.subscriptionPattern();
    enabledSites = (await enabledSitePatterns()).filter((pattern) => pattern !== configOrigin);
    await syncSiteScripts(enabledSites);
  };
  const sitesReady = refreshSites().catch((error: unknown) => console.warn('[Pilar] enabled sites:', error));

  // The resolved team config, read again before every message: the queue's targets and zones and
  // the report's config hash follow a changed config without a restart.
  let inForce: RuleConfig = DEFAULT_CONFIG;
  const readConfig = () =>
    teamConfig.current().then(
      (config) => void (inForce = config),
      (error: unknown) => console.warn('[Pilar] team config:', error),
    );
  const queue = startQueue(() => inForce.responses);
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
        // A failed write is told to the admin (RS-20); the sender gets no acknowledgement and queues it.
        await recordOutcome(database(), record).catch(async (error: unknown) => {
          await noteStorageProblem(error);
          throw error;
        });
        await queue.onGuardOutcome(record);
        return { stored: true } as const;
      },
      'outcomes/summary': () => summarizeOutcomes(database()),
      ...queue.handlers,
      ...reportHandlers({ db: database, now: Date.now, observer, appVersion: () => browser.runtime.getManifest().version, config: () => inForce }),
      'config/get': async () => ({ config: await teamConfig.current() }),
      'config/state': () => teamConfig.state(),
      'config/save': ({ document }) => teamConfig.saveLocal(document),
      'config/subscribe': async ({ url, hours }) => {
        const change = await teamConfig.subscribe(url, hours);
        await refreshSites();
        return change;
      },
      'config/unsubscribe': () => teamConfig.unsubscribe(),
      'config/refresh': () => teamConfig.refresh(),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      platformOf: (url) => platformOfUrl(url) ?? (isEnabledSite(url, enabledSites) ? 'generic' : undefined),
    },
  );

  // Outcomes that content scripts could not deliver while this worker was down (RS-19).
  void openSessionQueue()
    .then(() => drainPendingOutcomes(database()))
    .catch((error: unknown) => noteStorageProblem(error));

  // Listeners are registered synchronously at start-up so a restarted worker receives the event.
  // A restarted worker learns the enabled sites before it judges a content script's origin.
  browser.runtime.onMessage.addListener((message, sender) => Promise.all([sitesReady, readConfig()]).then(() => route(message, sender)));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.alarms.onAlarm.addListener(({ name }) => void teamConfig.onAlarm(name).catch((error: unknown) => console.warn('[Pilar] team config:', error)));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void teamConfig.onPolicyChanged().catch((error: unknown) => console.warn('[Pilar] policy:', error));
  });
  // The popup grants or revokes a site; the popup may already be closed when the answer comes.
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void refreshSites()
      .then(() => startInOpenTabs(origins.filter((origin) => enabledSites.includes(origin))))
      .catch((error: unknown) => console.warn('[Pilar] enabling site:', error));
  });
  browser.permissions.onRemoved.addListener(() => {
    void refreshSites().catch((error: unknown) => console.warn('[Pilar] disabling site:', error));
  });
  },
});
