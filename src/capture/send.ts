import { browser } from 'wxt/browser';
import type { QueueObserved } from '../messaging/protocol';

const ATTEMPTS = 3;

/**
 * Hands a batch to the background and waits for its acknowledgement. The background may be
 * starting up (a stopped service worker), so a failed send is tried again shortly; the batch
 * carries first-seen times, so a resend never changes what is recorded.
 */
export async function sendObserved(message: QueueObserved, wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as { stored?: unknown } | undefined;
      if (typeof reply?.stored === 'number') return true;
    } catch {
      // No receiver yet: try again.
    }
    if (attempt < ATTEMPTS - 1) await wait(400 * (attempt + 1));
  }
  return false;
}
