import { browser } from 'wxt/browser';
import { AttachedTab } from '../messaging/protocol';

/**
 * Which tabs have a composer Pilar is attached to. Session storage: it must survive the service
 * worker stopping, but not the browser closing. One key per tab, so two tabs that attach at the same
 * moment each write their own key and neither overwrites the other (RS-22).
 */
const PREFIX = 'attachedTab:';

export async function listAttachedTabs(): Promise<AttachedTab[]> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored).flatMap(([key, value]) => {
    if (!key.startsWith(PREFIX)) return [];
    const parsed = AttachedTab.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function recordAttachedTab(entry: AttachedTab): Promise<void> {
  await browser.storage.session.set({ [`${PREFIX}${entry.tabId}`]: entry });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${PREFIX}${tabId}`);
}
