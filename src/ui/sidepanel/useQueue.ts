import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { QueueChanged, QueueViewReply, type QueueFilter } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';

const TICK_MS = 60_000;

/**
 * The queue as the background sees it, for a filter and a page size: fetched on mount, after each
 * write the background announces, and once a minute (time left and figures move with the clock).
 */
export function useQueue(filter: QueueFilter, limit: number) {
  const [view, setView] = useState<QueueViewReply>();
  const [failed, setFailed] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    const next = await sendToBackground({ type: 'queue/view', filter, limit }, QueueViewReply);
    setNow(Date.now());
    if (next) setView(next);
    setFailed(next === undefined);
  }, [filter, limit]);

  useEffect(() => {
    void refresh();
    const onMessage = (message: unknown) => {
      if (QueueChanged.safeParse(message).success) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    const tick = setInterval(() => void refresh(), TICK_MS);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      clearInterval(tick);
    };
  }, [refresh]);

  return { view, failed, now, refresh };
}
