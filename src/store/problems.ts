import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The last failure to write a record (a full disk, an aborted transaction), kept where the popup
 * reads it, so that a lost record is never lost silently (RS-20). Background only.
 */
const KEY = 'storageProblem';
export const StorageProblem = z.object({ name: z.string(), at: z.number() });
export type StorageProblem = z.infer<typeof StorageProblem>;

export async function noteStorageProblem(error: unknown, now = Date.now()): Promise<void> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : 'UnknownError';
  try {
    await browser.storage.local.set({ [KEY]: { name, at: now } });
    const action = browser.action ?? browser.browserAction;
    await action?.setBadgeText({ text: '!' });
    await action?.setBadgeBackgroundColor({ color: '#b91c1c' });
  } catch {
    // Storage itself may be what is full; the badge is the last word.
  }
}

export async function readStorageProblem(): Promise<StorageProblem | undefined> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = StorageProblem.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function clearStorageProblem(): Promise<void> {
  await browser.storage.local.remove(KEY);
  const action = browser.action ?? browser.browserAction;
  await action?.setBadgeText({ text: '' });
}
