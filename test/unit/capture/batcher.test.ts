import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCapture, type PageReading } from '../../../src/capture/batcher';
import { observedItem, snippetOf } from '../../../src/capture/observations';
import { QueueObserved } from '../../../src/messaging/protocol';
import type { IncomingItem, OwnReply } from '../../../src/sites/adapter';

const item = (id: string, extra: Partial<IncomingItem> = {}): IncomingItem => ({
  id,
  url: `https://x.com/warga/status/${id}`,
  author: '@warga',
  text: `Jalan rusak ${id}`,
  threadId: id,
  kind: 'mention',
  time: '2026-12-04T01:00:00.000Z',
  ...extra,
});

/** A page whose content the test changes, and the messages the capture sent from it. */
function harness(acknowledge: () => boolean = () => true) {
  let clock = 1_000_000;
  const page: PageReading = { account: 'pilar_id', items: [], replies: [] };
  const sent: QueueObserved[] = [];
  const reads = vi.fn(() => ({ ...page, items: [...page.items], replies: [...page.replies] }));
  const capture = createCapture({
    platform: 'x',
    read: reads,
    send: async (message) => {
      // Every message must pass the background's schema.
      expect(QueueObserved.safeParse(message).success).toBe(true);
      sent.push(structuredClone(message));
      return acknowledge();
    },
    now: () => clock,
  });
  return {
    page,
    sent,
    reads,
    capture,
    tick: async (ms: number) => {
      clock += ms;
      await vi.advanceTimersByTimeAsync(ms);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('capture batching', () => {
  test('a burst of changes (scrolling a list) gives one read and one message per second, not one per change', async () => {
    const { page, sent, reads, capture, tick } = harness();
    for (let n = 0; n < 50; n++) {
      page.items.push(item(String(100 + n)));
      capture.changed();
      await tick(30);
    }
    await tick(1000);
    // 50 changes over 1.5 s: two intervals, two messages.
    expect(sent).toHaveLength(2);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(sent.flatMap((m) => m.items.map((i) => i.itemId))).toEqual(page.items.map((i) => i.id));
  });

  test('an item seen again (a recycled node, a re-render) is sent once; nothing new means no message', async () => {
    const { page, sent, capture, tick } = harness();
    page.items = [item('1'), item('2'), item('3')];
    capture.changed();
    await tick(1000);
    // The list recycles its nodes: the same items come back in another order, twice.
    page.items = [item('3'), item('1')];
    capture.changed();
    await tick(1000);
    page.items = [item('2'), item('3'), item('1')];
    capture.changed();
    await tick(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.items.map((i) => i.itemId)).toEqual(['1', '2', '3']);
  });

  test('an item keeps the time this tab first saw it, even when it is sent later under the account', async () => {
    const { page, sent, capture, tick } = harness();
    page.account = undefined;
    page.items = [item('7')];
    capture.changed();
    await tick(1000);
    const firstSeen = sent[0]!.items[0]!.seenAt;
    expect(sent[0]!.account).toBeNull();
    await tick(60_000);
    // The page now shows which account acts: the item is sent again under it, with the earliest time.
    page.account = 'pilar_id';
    capture.changed();
    await tick(1000);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ account: 'pilar_id', items: [{ itemId: '7', seenAt: firstSeen }] });
  });

  test('own replies are sent once, with the item they answer and the platform time; one without a target is not sent', async () => {
    const { page, sent, capture, tick } = harness();
    const reply: OwnReply = { id: '900', answers: '1', time: '2026-12-04T02:00:00.000Z' };
    page.items = [item('1')];
    page.replies = [reply, { id: '901' }];
    capture.changed();
    await tick(1000);
    page.replies = [reply];
    capture.changed();
    await tick(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.replies).toEqual([{ itemId: '1', replyId: '900', time: '2026-12-04T02:00:00.000Z', seenAt: expect.any(Number) }]);
  });

  test('a batch the background did not acknowledge is sent again, and then never again', async () => {
    let up = false;
    const { page, sent, capture, tick } = harness(() => up);
    page.items = [item('1')];
    capture.changed();
    await tick(1000);
    expect(sent).toHaveLength(1);
    up = true;
    // Retried on its own after a back-off, without any change on the page.
    await tick(2000);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.items.map((i) => i.itemId)).toEqual(['1']);
    capture.changed();
    await tick(5000);
    expect(sent).toHaveLength(2);
  });

  test('a page the adapter cannot read sends nothing and later changes are still captured', async () => {
    const { page, sent, reads, capture, tick } = harness();
    reads.mockImplementationOnce(() => {
      throw new TypeError('markup changed');
    });
    page.items = [item('1')];
    capture.changed();
    await tick(1000);
    expect(sent).toHaveLength(0);
    capture.changed();
    await tick(1000);
    expect(sent.flatMap((m) => m.items.map((i) => i.itemId))).toEqual(['1']);
  });

  test('after stop nothing is read or sent', async () => {
    const { page, sent, capture, tick } = harness();
    page.items = [item('1')];
    capture.changed();
    capture.stop();
    await tick(5000);
    expect(sent).toHaveLength(0);
  });
});

describe('observed items', () => {
  test('snippets are cut to 280 characters without splitting an emoji', () => {
    expect(snippetOf('a'.repeat(300))).toHaveLength(280);
    const cut = snippetOf(`${'a'.repeat(279)}😀 lagi`);
    expect(cut).toBe('a'.repeat(279));
    expect(snippetOf('pendek')).toBe('pendek');
  });

  test('an exact time goes as {exact}, a label as {relative}, none as {}', () => {
    expect(observedItem(item('1'), 5).time).toEqual({ exact: '2026-12-04T01:00:00.000Z' });
    expect(observedItem(item('1', { time: undefined, relativeTime: '2 j' }), 5).time).toEqual({ relative: '2 j' });
    expect(observedItem(item('1', { time: undefined }), 5).time).toEqual({});
    expect(observedItem(item('1', { text: 'x'.repeat(1000) }), 5).snippet).toHaveLength(280);
  });
});
