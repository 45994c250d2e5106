import { createRouter } from '../src/messaging/router';
import { platformOfUrl } from '../src/sites/platforms';
import { forgetTab, listAttachedTabs, recordAttachedTab } from '../src/store/attached-tabs';
import { database } from '../src/store/db';
import { recordOutcome, summarizeOutcomes } from '../src/store/outcomes';

export default defineBackground(() => {
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
        return { stored: true } as const;
      },
      'outcomes/summary': () => summarizeOutcomes(database()),
    },
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      isPlatformUrl: (url) => platformOfUrl(url) !== undefined,
    },
  );

  // Listeners are registered synchronously at start-up so a restarted worker receives the event.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
