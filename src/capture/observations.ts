import type { ObservedItem, ObservedReply, Platform, QueueObserved } from '../messaging/protocol';
import type { IncomingItem, OwnReply } from '../sites/adapter';

/** The longest snippet of an item's text that leaves the page. */
export const SNIPPET_LIMIT = 280;

/** At most this many items (and replies) per message, as the protocol allows. */
export const BATCH_LIMIT = 500;

/** Cuts text to the snippet limit without splitting a surrogate pair (an emoji). */
export function snippetOf(text: string): string {
  if (text.length <= SNIPPET_LIMIT) return text;
  const cut = text.slice(0, SNIPPET_LIMIT);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const clip = (value: string, max: number) => value.slice(0, max);

/** An adapter's item as the `queue/observed` message carries it, first seen at `seenAt`. */
export function observedItem(item: IncomingItem, seenAt: number): ObservedItem {
  let time: ObservedItem['time'] = {};
  if (item.time) time = { exact: clip(item.time, 64) };
  else if (item.relativeTime) time = { relative: clip(item.relativeTime, 64) };
  return {
    itemId: clip(item.id, 200),
    threadId: clip(item.threadId || item.id, 200),
    kind: item.kind,
    author: clip(item.author ?? '', 200),
    snippet: snippetOf(item.text),
    url: clip(item.url, 2000),
    time,
    seenAt,
  };
}

/**
 * The account's own reply as the message carries it; undefined when the page does not show
 * which item it answers (then it cannot close anything). Only an exact platform time is sent.
 */
export function observedReply(reply: OwnReply, seenAt: number): ObservedReply | undefined {
  if (!reply.answers) return undefined;
  return {
    itemId: clip(reply.answers, 200),
    replyId: clip(reply.id, 200),
    ...(reply.time ? { time: clip(reply.time, 64) } : {}),
    seenAt,
  };
}

export function observedMessage(platform: Platform, account: string | null, items: ObservedItem[], replies: ObservedReply[]): QueueObserved {
  return { type: 'queue/observed', platform, account, items, replies };
}
