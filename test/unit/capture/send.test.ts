import { afterEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendObserved } from '../../../src/capture/send';
import type { QueueObserved } from '../../../src/messaging/protocol';

const MESSAGE: QueueObserved = { type: 'queue/observed', platform: 'x', account: 'pilar_id', items: [], replies: [] };
const noWait = () => Promise.resolve();
/** `runtime.sendMessage` as the content script sees it: any message in, any answer (or a throw) out. */
const spySend = () => vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<(message: unknown) => Promise<unknown>>;

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('sending a batch', () => {
  test('a background that is not up yet gets the same batch again until it acknowledges', async () => {
    const send = spySend()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ stored: 3 });
    expect(await sendObserved(MESSAGE, noWait)).toBe(true);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.every(([message]) => message === MESSAGE)).toBe(true);
  });

  test('a rejection from the router is not an acknowledgement; after three tries the batch is reported unsent', async () => {
    const send = spySend().mockResolvedValue({ rejected: 'malformed' });
    expect(await sendObserved(MESSAGE, noWait)).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
  });
});
