import type { ObservedItem, ObservedReply, Platform, QueueObserved } from '../messaging/protocol';
import type { IncomingItem, OwnReply } from '../sites/adapter';
import { BATCH_LIMIT, observedItem, observedMessage, observedReply } from './observations';

/** What the page shows right now, as the site adapter reads it. */
export interface PageReading {
  account: string | undefined;
  items: IncomingItem[];
  replies: OwnReply[];
}

export interface CaptureOptions {
  platform: Platform;
  read(): PageReading;
  /** Delivers one message; resolves true once the background acknowledged it. */
  send(message: QueueObserved): Promise<boolean>;
  now?: () => number;
  /** How long changes are gathered before one message goes out (ms). */
  interval?: number;
}

export interface Capture {
  /** Something on the page changed: read it at the end of the current interval. */
  changed(): void;
  /** Reads the page and sends what is new now (at start-up, and when the tab is hidden). */
  flush(): Promise<void>;
  stop(): void;
}

export const CAPTURE_INTERVAL_MS = 1000;
/** After this many failed deliveries in a row, only a new change on the page tries again. */
const MAX_FAILURES = 5;

/**
 * Turns the page's ever-changing DOM into few messages: mutations only mark the page as changed,
 * and at most one read and one message follow per interval. An item is sent once per account key
 * (a recycled node or a re-render that shows it again sends nothing), always with the time this
 * tab first saw it. What the background did not acknowledge is sent again with the next batch.
 */
export function createCapture(options: CaptureOptions): Capture {
  const now = options.now ?? Date.now;
  const interval = options.interval ?? CAPTURE_INTERVAL_MS;
  /** itemId → when this tab first saw it; survives an account becoming known. */
  const firstSeen = new Map<string, number>();
  /** `account|itemId` (and `reply|account|replyId`) already acknowledged by the background. */
  const delivered = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  /** Failed deliveries in a row: each waits twice as long before the next try. */
  let failures = 0;

  const seenAt = (id: string, at: number) => {
    const known = firstSeen.get(id);
    if (known !== undefined) return known;
    firstSeen.set(id, at);
    return at;
  };

  const collect = () => {
    const at = now();
    let reading: PageReading;
    try {
      reading = options.read();
    } catch {
      // A site that changed its markup must not break its own page: capture what can be read next time.
      reading = { account: undefined, items: [], replies: [] };
    }
    const account = reading.account ?? null;
    const items: { key: string; item: ObservedItem }[] = [];
    const replies: { key: string; reply: ObservedReply }[] = [];
    const batchKeys = new Set<string>();
    for (const item of reading.items) {
      const key = `${account ?? ''}|${item.id}`;
      const first = seenAt(item.id, at);
      if (delivered.has(key) || batchKeys.has(key)) continue;
      batchKeys.add(key);
      items.push({ key, item: observedItem(item, first) });
    }
    for (const reply of reading.replies) {
      const key = `reply|${account ?? ''}|${reply.id}`;
      const first = seenAt(`reply:${reply.id}`, at);
      const observed = observedReply(reply, first);
      if (!observed || delivered.has(key) || batchKeys.has(key)) continue;
      batchKeys.add(key);
      replies.push({ key, reply: observed });
    }
    return { account, items, replies };
  };

  const deliver = async () => {
    const { account, items, replies } = collect();
    for (let start = 0; start < Math.max(items.length, replies.length); start += BATCH_LIMIT) {
      const itemPart = items.slice(start, start + BATCH_LIMIT);
      const replyPart = replies.slice(start, start + BATCH_LIMIT);
      const message = observedMessage(options.platform, account, itemPart.map((e) => e.item), replyPart.map((e) => e.reply));
      if (!(await options.send(message))) {
        failures += 1;
        if (failures <= MAX_FAILURES) retryTimer = setTimeout(() => void flush(), interval * 2 ** failures);
        return;
      }
      failures = 0;
      for (const entry of [...itemPart, ...replyPart]) delivered.add(entry.key);
    }
  };
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const flush = async (): Promise<void> => {
    if (stopped) return;
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (inFlight) {
      // One message at a time: changes seen meanwhile go out right after.
      again = true;
      return inFlight;
    }
    inFlight = deliver().finally(() => {
      inFlight = undefined;
      if (again && !stopped) {
        again = false;
        changed();
      }
    });
    return inFlight;
  };

  const changed = () => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, interval);
  };

  return {
    changed,
    flush,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      timer = undefined;
    },
  };
}
