import { OVERLAY_STYLE } from './style';

/** Tag of the element that hosts Pilar's UI on a page; its shadow root is closed to page scripts. */
export const OVERLAY_TAG = 'pilar-overlay';

// Events from our UI that the site's shortcuts and editors must never see.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'] as const;

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** A host on `document.body`, outside the site's editor and React trees, with our styles inside. */
export function createOverlayHost(): OverlayHost {
  const host = document.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_STYLE;
  root.append(style);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  document.body.append(host);
  return { host, root };
}
