import { OVERLAY_STYLE } from './style';

/** Tag of the element that hosts Pilar's UI on a page; its shadow root is closed to page scripts. */
export const OVERLAY_TAG = 'pilar-overlay';

// Events from our UI that the site's shortcuts and editors must never see.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'] as const;

/**
 * Page CSS can name our tag (`pilar-overlay { display: none !important }`): declarations in the
 * element's own style attribute with `!important` win over every author style sheet, so the host
 * states what it needs there, and is shown or hidden only through `showHost`.
 */
const HOST_STYLE = 'all: initial !important; visibility: visible !important; opacity: 1 !important; clip-path: none !important; filter: none !important; transform: none !important; contain: none !important;';

export function showHost(host: HTMLElement, shown: boolean): void {
  host.style.cssText = `${HOST_STYLE} display: ${shown ? 'block' : 'none'} !important;`;
}

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** A host on `document.body`, outside the site's editor and React trees, with our styles inside. */
export function createOverlayHost(): OverlayHost {
  const host = document.createElement(OVERLAY_TAG);
  showHost(host, true);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_STYLE;
  root.append(style);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(host);
  return { host, root };
}
