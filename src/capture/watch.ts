import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/adapter';
import { createCapture, type Capture } from './batcher';
import { sendObserved } from './send';

/** Attributes whose change means a recycled node now shows another item. */
const ITEM_ATTRIBUTES = ['href', 'datetime', 'data-id', 'data-utime'];

/**
 * Captures the incoming items and own replies the page shows, from what is on screen only: it
 * never scrolls, clicks or fetches. DOM changes and SPA navigation mark the page as changed; the
 * capture reads it at most once per interval and sends what is new.
 */
export function startCapture(ctx: ContentScriptContext, adapter: SiteAdapter): Capture | undefined {
  if (adapter.platform === 'generic') return undefined;
  const capture = createCapture({
    platform: adapter.platform,
    read: () => ({
      account: adapter.currentAccount(),
      items: adapter.incomingItems(document),
      replies: adapter.ownReplies(document),
    }),
    send: sendObserved,
  });
  const observer = new MutationObserver((mutations) => {
    // Pilar's own overlay changes never show a new item.
    if (mutations.every((m) => m.target instanceof Element && m.target.closest('pilar-overlay'))) return;
    capture.changed();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ITEM_ATTRIBUTES });
  ctx.addEventListener(window, 'wxt:locationchange', () => capture.changed());
  // YouTube swaps the content of reused elements on navigation and says so with its own events.
  ctx.addEventListener(document, 'yt-navigate-finish', () => capture.changed());
  // A tab being hidden may be closed next: send what was seen now.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') void capture.flush();
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    capture.stop();
  });
  capture.changed();
  return capture;
}
