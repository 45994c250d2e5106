import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Handlers, type SenderFacts } from '../../src/messaging/router';
import { platformOfUrl } from '../../src/sites/platforms';

const EXTENSION = 'pilar-test-id';
const ORIGIN = 'chrome-extension://pilar-test-id/';

function setup() {
  const handlers = {
    'compose/attached': vi.fn(() => ({ ok: true as const })),
    'status/get': vi.fn(() => ({ version: '1', attached: [] })),
  } satisfies Handlers;
  const route = createRouter(handlers, {
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    isPlatformUrl: (url) => platformOfUrl(url) !== undefined,
    log: () => undefined,
  });
  return { handlers, route };
}

const contentOnX: SenderFacts = { id: EXTENSION, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
const popup: SenderFacts = { id: EXTENSION, url: `${ORIGIN}popup.html` };
const optionsInTab: SenderFacts = { id: EXTENSION, url: `${ORIGIN}options.html`, tab: { id: 9, url: `${ORIGIN}options.html` } };
const attached = { type: 'compose/attached', platform: 'x', editorKind: 'post' };

describe('message router', () => {
  test.each<[string, unknown, SenderFacts, string | undefined]>([
    ['content script on x.com reports an editor', attached, contentOnX, undefined],
    ['popup asks for status', { type: 'status/get' }, popup, undefined],
    ['options page in a tab asks for status', { type: 'status/get' }, optionsInTab, undefined],
    ['another extension', attached, { ...contentOnX, id: 'other-extension' }, 'foreign-sender'],
    ['no sender id', { type: 'status/get' }, { url: `${ORIGIN}popup.html` }, 'foreign-sender'],
    ['content script asks for a page-only message', { type: 'status/get' }, contentOnX, 'wrong-sender'],
    ['extension page claims a content message', attached, popup, 'wrong-sender'],
    ['content script on a site Pilar does not run on', attached, { id: EXTENSION, url: 'https://evil.example/', tab: { id: 4, url: 'https://evil.example/' } }, 'unknown-origin'],
    ['content script over plain http', attached, { id: EXTENSION, url: 'http://x.com/', tab: { id: 4, url: 'http://x.com/' } }, 'unknown-origin'],
    ['content message without a tab', attached, { id: EXTENSION, url: 'https://x.com/home' }, 'unknown-origin'],
    ['unknown type', { type: 'records/delete-all' }, popup, 'malformed'],
    ['unknown platform', { ...attached, platform: 'myspace' }, contentOnX, 'malformed'],
    ['extra field', { type: 'status/get', admin: true }, popup, 'malformed'],
    ['not an object', 'status/get', popup, 'malformed'],
  ])('%s', async (_label, message, sender, rejection) => {
    const { handlers, route } = setup();
    const reply = await route(message, sender);
    const called = handlers['compose/attached'].mock.calls.length + handlers['status/get'].mock.calls.length;
    if (rejection) {
      expect(reply).toEqual({ rejected: rejection });
      expect(called).toBe(0);
    } else {
      expect(reply).not.toHaveProperty('rejected');
      expect(called).toBe(1);
    }
  });
});
