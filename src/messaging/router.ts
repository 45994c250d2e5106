import { Message, MESSAGE_SENDERS, type MessageType, type Replies } from './protocol';

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
  /** Whether a content-script sender's page URL is one Pilar runs on. */
  isPlatformUrl: (url: string) => boolean;
  log?: (reason: string, detail: unknown) => void;
}

export type Rejection = { rejected: string };

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

  return async function route(raw: unknown, sender: SenderFacts): Promise<unknown> {
    if (sender.id !== options.extensionId) return reject('foreign-sender', sender.id);
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return reject('malformed', parsed.error.issues);
    const message = parsed.data;
    // Extension pages may sit in a tab too (options, a pinned popup), so the page's origin decides.
    const from = (sender.url ?? '').startsWith(options.extensionOrigin) ? 'extension-page' : 'content';
    if (MESSAGE_SENDERS[message.type] !== from) return reject('wrong-sender', message.type);
    if (from === 'content' && !(sender.tab && options.isPlatformUrl(sender.tab.url ?? sender.url ?? ''))) {
      return reject('unknown-origin', sender.url);
    }
    const handler = handlers[message.type] as (m: Message, s: SenderFacts) => unknown;
    return handler(message, sender);
  };
}
