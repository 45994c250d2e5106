import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Message } from './protocol';

/**
 * Sends a message to the background and validates the reply, so a page never renders a shape it
 * did not expect. Resolves `undefined` when the background rejected or did not answer.
 */
export async function sendToBackground<T>(message: Message, reply: z.ZodType<T>): Promise<T | undefined> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    const parsed = reply.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
