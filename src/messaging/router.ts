import { Message, MESSAGE_SENDERS, type MessageType, type Platform, type Replies } from './protocol';

/** The browser-stamped facts about a sender; the message's own claims are never trusted. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [T in MessageType]: (
    message: Extract<Message, { type: T }>,
    sender: SenderFacts,
  ) => Promise<Replies[T]> | Replies[T];
};

export interface RouterOptions {
  extensionId: string;
  /** Origin of the extension's own pages, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
  /**
   * The platform Pilar runs as on a frame's URL (`generic` on a site the admin turned it on for),
   * or undefined where it does not run.
   */
  platformOf: (url: string) => Platform | undefined;
  log?: (reason: string, detail: unknown) => void;
}

export type Rejection = { rejected: string };
/** What a sender gets when its message was valid but the handler failed: typed, never a rejection of the promise. */
export type Failure = { failed: string };

/**
 * Builds the background's single message entry point: sender check, then schema parse, then the
 * handler. A rejected message gets `{ rejected }` back and never reaches a handler.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  const log = options.log ?? ((reason, detail) => console.warn('[Pilar] message dropped:', reason, detail));

  const reject = (reason: string, detail: unknown): Rejection => {
    log(reason, detail);
    return { rejected: reason };
  };

  return async function route(raw: unknown, given: SenderFacts): Promise<unknown> {
    // Browsers always stamp a sender; anything else is treated as a stranger, never as a crash.
    const sender: SenderFacts = typeof given === 'object' && given !== null ? given : {};
    if (sender.id !== options.extensionId) return reject('foreign-sender', sender.id);
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return reject('malformed', parsed.error.issues);
    const message = parsed.data;
    // Extension pages may sit in a tab too (options, a pinned popup), so the page's origin decides.
    const from = typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin) ? 'extension-page' : 'content';
    if (MESSAGE_SENDERS[message.type] !== from) return reject('wrong-sender', message.type);
    if (from === 'content') {
      // The frame's own URL, not the tab's: a platform page can embed a frame from anywhere.
      const platform = sender.tab && typeof sender.url === 'string' ? options.platformOf(sender.url) : undefined;
      if (platform === undefined) return reject('unknown-origin', sender.url);
      if ('platform' in message && message.platform !== platform) return reject('wrong-platform', message.platform);
    }
    const handler = handlers[message.type] as (m: Message, s: SenderFacts) => unknown;
    try {
      return await handler(message, sender);
    } catch (error) {
      const name = error instanceof Error || error instanceof DOMException ? error.name : 'Error';
      log('handler-failed', error);
      return { failed: name } satisfies Failure;
    }
  };
}
