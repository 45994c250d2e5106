import { browser } from 'wxt/browser';
import { AttachedTab } from '../messaging/protocol';
import { z } from 'zod';

/**
 * Which tabs have a composer Pilar is attached to. Session storage: it must survive the service
 * worker stopping, but not the browser closing.
 */
const KEY = 'attachedTabs';
const AttachedTabs = z.array(AttachedTab);

export async function listAttachedTabs(): Promise<AttachedTab[]> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = AttachedTabs.safeParse(stored[KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function recordAttachedTab(entry: AttachedTab): Promise<void> {
  const others = (await listAttachedTabs()).filter((tab) => tab.tabId !== entry.tabId);
  await browser.storage.session.set({ [KEY]: [...others, entry] });
}

export async function forgetTab(tabId: number): Promise<void> {
  const remaining = (await listAttachedTabs()).filter((tab) => tab.tabId !== tabId);
  await browser.storage.session.set({ [KEY]: remaining });
}
