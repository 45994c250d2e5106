import { browser } from 'wxt/browser';
import { PENDING_PREFIX } from '../guard/outcome';
import { GuardOutcome } from '../messaging/protocol';
import type { PilarDb } from './db';
import { recordOutcome } from './outcomes';

/**
 * Stores the outcomes content scripts queued in `storage.session` while the background did not
 * acknowledge them, each once under its own id, then forgets them. Run at every start of the
 * background. A queued value is untrusted (any content script could have written it): it is
 * validated like a message, and dropped if invalid. A write that fails leaves it for the next start.
 */
export async function drainPendingOutcomes(db: PilarDb): Promise<number> {
  const all = await browser.storage.session.get(null);
  let stored = 0;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    const parsed = GuardOutcome.safeParse(value);
    if (parsed.success && key === `${PENDING_PREFIX}${parsed.data.id}`) {
      const { type: _type, ...record } = parsed.data;
      await recordOutcome(db, record);
      stored++;
    }
    await browser.storage.session.remove(key);
  }
  return stored;
}

/** Lets content scripts write their queue to `storage.session` (closed to them by default in Chrome). */
export async function openSessionQueue(): Promise<void> {
  const session = browser.storage.session as typeof browser.storage.session & {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  await session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });
}
