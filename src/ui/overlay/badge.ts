import { t } from '../../i18n/t';

/** Tag of the element that hosts Pilar's UI on a page; its shadow root is closed to page scripts. */
export const OVERLAY_TAG = 'pilar-overlay';

const STYLE = `
  :host { all: initial; position: absolute; z-index: 2147483646; }
  .badge {
    font: 600 12px/1 system-ui, sans-serif; color: #fff; background: #0b5d3b;
    border-radius: 10px; padding: 4px 8px; box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
  }
`;

/**
 * A small badge pinned to the bottom-right corner of a composer, showing that Pilar is attached.
 * Lives in a closed shadow root outside the editor, so it never touches the site's editor DOM.
 */
export function mountBadge(editor: HTMLElement): { update(): void; remove(): void } {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  badge.setAttribute('aria-label', t('badgeLabel'));
  badge.textContent = t('badgeText');
  shadow.append(style, badge);
  host.dataset.pilarBadge = '';
  document.body.append(host);

  const update = () => {
    const rect = editor.getBoundingClientRect();
    host.style.left = `${rect.right + window.scrollX - 56}px`;
    host.style.top = `${rect.bottom + window.scrollY - 24}px`;
    host.hidden = rect.width === 0 && rect.height === 0;
  };
  update();
  return { update, remove: () => host.remove() };
}
