import { describe, expect, test, vi, type Mock } from 'vitest';
import { MESSAGE_SENDERS } from '../../src/messaging/protocol';
import { createRouter, type Handlers, type SenderFacts } from '../../src/messaging/router';
import { platformOfUrl } from '../../src/sites/platforms';

const EXTENSION = 'pilar-test-id';
const ORIGIN = 'chrome-extension://pilar-test-id/';

function setup() {
  const handlers = Object.fromEntries(Object.keys(MESSAGE_SENDERS).map((type) => [type, vi.fn(() => ({ handled: type }))]));
  const route = createRouter(handlers as unknown as Handlers, {
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    isPlatformUrl: (url) => platformOfUrl(url) !== undefined,
    log: () => undefined,
  });
  const calls = () => Object.values(handlers).reduce((sum, handler: Mock) => sum + handler.mock.calls.length, 0);
  return { calls, route };
}

const contentOnX: SenderFacts = { id: EXTENSION, url: 'https://x.com/home', tab: { id: 3, url: 'https://x.com/home' } };
const popup: SenderFacts = { id: EXTENSION, url: `${ORIGIN}popup.html` };
const optionsInTab: SenderFacts = { id: EXTENSION, url: `${ORIGIN}options.html`, tab: { id: 9, url: `${ORIGIN}options.html` } };
const attached = { type: 'compose/attached', platform: 'x', editorKind: 'post' };
const outcome = {
  type: 'guard/outcome',
  id: '5f0c9a52-8d7e-4c1b-9a51-3b6f2d4e7a10',
  platform: 'x',
  editorKind: 'reply',
  outcome: 'published-over-block',
  rules: ['classified.nik'],
  reason: 'Data sudah dipublikasikan oleh pemiliknya sendiri',
  draftLength: 140,
  at: 1_764_300_000_000,
};

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
    ['content script records a guard outcome', outcome, contentOnX, undefined],
    ['extension page forges a guard outcome', outcome, popup, 'wrong-sender'],
    // The draft itself must never travel to the background.
    ['guard outcome carrying the draft text', { ...outcome, text: 'NIK 3171014508900003' }, contentOnX, 'malformed'],
    ['guard outcome with a made-up kind', { ...outcome, outcome: 'deleted' }, contentOnX, 'malformed'],
    ['content script asks for the outcome summary', { type: 'outcomes/summary' }, contentOnX, 'wrong-sender'],
  ])('%s', async (_label, message, sender, rejection) => {
    const { calls, route } = setup();
    const reply = await route(message, sender);
    if (rejection) {
      expect(reply).toEqual({ rejected: rejection });
      expect(calls()).toBe(0);
    } else {
      expect(reply).toEqual({ handled: (message as { type: string }).type });
      expect(calls()).toBe(1);
    }
  });
});
