import fc from 'fast-check';
import { describe, expect, test, vi, type Mock } from 'vitest';
import { MESSAGE_SENDERS } from '../../src/messaging/protocol';
import { createRouter, type Handlers, type SenderFacts } from '../../src/messaging/router';
import { platformOfUrl } from '../../src/sites/platforms';

const EXTENSION = 'pilar-test-id';
const ORIGIN = 'chrome-extension://pilar-test-id/';

function setup(failWith?: Error) {
  const handlers = Object.fromEntries(
    Object.keys(MESSAGE_SENDERS).map((type) => [
      type,
      vi.fn(() => {
        if (failWith) throw failWith;
        return { handled: type };
      }),
    ]),
  );
  const route = createRouter(handlers as unknown as Handlers, {
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    platformOf: (url) => platformOfUrl(url) ?? (url.startsWith('https://portal.jakarta.go.id/') ? 'generic' : undefined),
    log: () => undefined,
  });
  const calls = () => Object.values(handlers).reduce((sum, handler: Mock) => sum + handler.mock.calls.length, 0);
  return { calls, route, handlers: handlers as unknown as Record<string, Mock> };
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
    // RS-04: the frame's own URL decides, not the tab's.
    ['a foreign frame inside an x.com tab', attached, { id: EXTENSION, url: 'https://evil.example/ad', tab: { id: 3, url: 'https://x.com/home' } }, 'unknown-origin'],
    ['a content script with no frame URL', attached, { id: EXTENSION, tab: { id: 3, url: 'https://x.com/home' } }, 'unknown-origin'],
    ['an x.com frame claims to be Facebook', { ...attached, platform: 'facebook' }, contentOnX, 'wrong-platform'],
    ['an x.com frame records an outcome for LinkedIn', { ...outcome, platform: 'linkedin' }, contentOnX, 'wrong-platform'],
    ['a site the admin turned on claims to be x', attached, { id: EXTENSION, url: 'https://portal.jakarta.go.id/tulis', tab: { id: 5 } }, 'wrong-platform'],
    ['a site the admin turned on reports a generic editor', { ...attached, platform: 'generic' }, { id: EXTENSION, url: 'https://portal.jakarta.go.id/tulis', tab: { id: 5 } }, undefined],
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

  test('a handler that throws gives the sender a typed failure, never a rejected promise', async () => {
    const { route } = setup(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(route(outcome, contentOnX)).resolves.toEqual({ failed: 'QuotaExceededError' });
  });

  const SEED = Number(process.env.FC_SEED ?? 20261204);
  test(`random values from content scripts and strangers never reach a page-only handler (fast-check seed ${SEED})`, async () => {
    console.info(`router property: fast-check seed ${SEED} (set FC_SEED to replay another)`);
    const { route, handlers } = setup();
    const privileged = Object.entries(MESSAGE_SENDERS).flatMap(([type, from]) => (from === 'extension-page' ? [handlers[type]!] : []));
    const types = Object.keys(MESSAGE_SENDERS);
    const message = fc.oneof(
      fc.anything(),
      // Well-formed heads with random bodies: the likeliest forgeries.
      fc.record({ type: fc.constantFrom(...types) }),
      fc.tuple(fc.constantFrom(...types), fc.dictionary(fc.string(), fc.anything())).map(([type, rest]) => ({ ...rest, type })),
    );
    const sender = fc.oneof(
      fc.constant(contentOnX),
      fc.constant({ id: EXTENSION, url: 'https://evil.example/', tab: { id: 1, url: 'https://x.com/' } }),
      fc.record({ id: fc.oneof(fc.constant(EXTENSION), fc.string()), url: fc.oneof(fc.webUrl(), fc.string()), tab: fc.option(fc.record({ id: fc.integer(), url: fc.webUrl() }), { nil: undefined }) }),
      fc.anything().map((value) => value as SenderFacts),
    );
    await fc.assert(
      fc.asyncProperty(message, sender, async (raw, from) => {
        // Page-only messages from a sender that really is an extension page are out of scope here.
        fc.pre(!(typeof from === 'object' && from !== null && typeof from.url === 'string' && from.url.startsWith(ORIGIN)));
        await route(raw, from);
        for (const handler of privileged) expect(handler).not.toHaveBeenCalled();
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
