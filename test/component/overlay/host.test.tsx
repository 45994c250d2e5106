import { afterEach, describe, expect, test } from 'vitest';
import { createOverlayHost, OVERLAY_TAG, showHost } from '../../../src/ui/overlay/host';

afterEach(() => document.body.replaceChildren());

describe('the overlay host on a hostile page (RS-14)', () => {
  test('page CSS aimed at our tag, with !important, cannot hide it', () => {
    const hostile = document.createElement('style');
    hostile.textContent = `${OVERLAY_TAG}, body > * { display: none !important; visibility: hidden !important; opacity: 0 !important; }`;
    document.head.append(hostile);
    const { host } = createOverlayHost();
    const style = getComputedStyle(host);
    expect(style.display).toBe('block');
    expect(style.visibility).toBe('visible');
    hostile.remove();
  });

  test('it is hidden only when Pilar hides it, and comes back', () => {
    const { host } = createOverlayHost();
    showHost(host, false);
    expect(getComputedStyle(host).display).toBe('none');
    showHost(host, true);
    expect(getComputedStyle(host).display).toBe('block');
  });

  test('page scripts get no handle on the shadow root', () => {
    const { host } = createOverlayHost();
    expect(host.shadowRoot).toBeNull();
  });
});
