import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Editor, SiteAdapter } from './adapter';

interface Attachment {
  update(): void;
  remove(): void;
}

/**
 * Keeps one attachment per composer on the page: composers appear later (dialogs, reply boxes,
 * SPA navigation) and disappear when the site re-renders, so the page is re-scanned on DOM
 * changes, batched to one scan per animation frame.
 */
export function watchComposers(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  attach: (editor: Editor) => Attachment,
): void {
  const attached = new Map<HTMLElement, Attachment>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    const editors = adapter.findEditors(document);
    const found = new Set(editors.map((editor) => editor.element));
    for (const [element, attachment] of attached) {
      if (!found.has(element)) {
        attachment.remove();
        attached.delete(element);
      }
    }
    for (const editor of editors) {
      if (!attached.has(editor.element)) attached.set(editor.element, attach(editor));
    }
    for (const attachment of attached.values()) attachment.update();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(scan);
  };

  const observer = new MutationObserver((mutations) => {
    // Our own overlay nodes change too; they never create composers.
    if (mutations.every((m) => m.target instanceof Element && m.target.closest('pilar-overlay'))) return;
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.addEventListener(window, 'resize', schedule);
  ctx.addEventListener(window, 'scroll', schedule, { capture: true, passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Editors inside shadow roots (YouTube Studio) add no mutations to the document: focusing one
  // is when it is noticed.
  ctx.addEventListener(document, 'focusin', schedule, { capture: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    for (const attachment of attached.values()) attachment.remove();
    attached.clear();
  });
  scan();
}
