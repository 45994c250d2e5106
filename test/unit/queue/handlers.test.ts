import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import type { ObservedItem, QueueObserved } from '../../../src/messaging/protocol';
import { defaultResponses } from '../../../src/config/responses';
import { queueHandlers } from '../../../src/queue/handlers';
import { PilarDb } from '../../../src/store/db';
import { observeTransactions } from '../helpers/transactions';

const T0 = Date.parse('2026-03-02T02:00:00Z'); // Monday 09:00 WIB
const MINUTE = 60_000;
let counter = 0;

function setup(name = `pilar-queue-${++counter}`) {
  const db = new PilarDb(name);
  const clock = { now: T0 + 30 * MINUTE };
  const config = defaultResponses();
  const broadcasts: number[] = [];
  let lastError: { name: string; at: number } | undefined;
  const queue = queueHandlers({
    db: () => db,
    config: () => config,
    now: () => clock.now,
    observer: async () => 'browser-a',
    broadcast: () => broadcasts.push(clock.now),
    writeFailed: (error) => {
      lastError = error;
    },
    lastWriteError: async () => lastError,
  });
  const view = (filter: Partial<Parameters<(typeof queue.handlers)['queue/view']>[0]['filter']> = {}) =>
    queue.handlers['queue/view']({ type: 'queue/view', filter: { state: 'open', ...filter }, limit: 50 }, {});
  const observe = (items: ObservedItem[], over: Partial<QueueObserved> = {}) =>
    queue.handlers['queue/observed']({ type: 'queue/observed', platform: 'x', account: 'pemkotbandung', items, replies: [], ...over }, {});
  return { db, clock, config, queue, view, observe, broadcasts };
}

const item = (id: string, over: Partial<ObservedItem> = {}): ObservedItem => ({
  itemId: id,
  threadId: `t-${id}`,
  kind: 'mention',
  author: `warga_${id}`,
  snippet: `Jalan di depan rumah saya rusak parah (${id})`,
  url: `https://x.com/warga_${id}/status/${id}`,
  time: { exact: new Date(T0).toISOString() },
  seenAt: T0 + 5 * MINUTE,
  ...over,
});

describe('the reply queue in the background', () => {
  test('three observed mentions are three open items with their authors, most urgent first', async () => {
    const { observe, view, broadcasts } = setup();
    await observe([
      item('101', { time: { exact: new Date(T0 + 10 * MINUTE).toISOString() } }),
      item('102'),
      item('103', { time: { exact: new Date(T0 + 20 * MINUTE).toISOString() } }),
    ]);
    const queue = await view();
    expect(queue.entries.map((entry) => entry.author)).toEqual(['warga_102', 'warga_101', 'warga_103']);
    expect(queue.total).toBe(3);
    expect(queue.figures).toMatchObject({ waiting: 3, overdue: 0 });
    expect(queue.entries[0]).toMatchObject({ category: 'aduan', state: 'open', approximate: false, zone: 'Asia/Jakarta', url: 'https://x.com/warga_102/status/102' });
    expect(broadcasts.length).toBe(1);
  });

  test('the same item from two tabs and a reload is one row; the earliest sighting and the exact time win', async () => {
    const { db, observe, view } = setup();
    await observe([item('201', { time: { relative: '2 j' }, seenAt: T0 + 20 * MINUTE, author: 'later' })]);
    await observe([item('201', { time: { exact: new Date(T0).toISOString() }, seenAt: T0 + 10 * MINUTE, author: 'earlier' })]);
    await observe([item('201', { time: { relative: '3 j' }, seenAt: T0 + 25 * MINUTE })]);
    expect(await db.incoming.count()).toBe(1);
    const [row] = await db.incoming.toArray();
    expect(row).toMatchObject({ firstSeenAt: T0 + 10 * MINUTE, author: 'earlier', arrival: { precision: 'exact', at: T0 } });
    expect((await view()).total).toBe(1);
  });

  test('a relative time becomes an approximate arrival, shown as such', async () => {
    const { observe, view } = setup();
    await observe([item('301', { time: { relative: '3 mnt' }, seenAt: T0 + 10 * MINUTE })]);
    const [entry] = (await view()).entries;
    expect(entry).toMatchObject({ approximate: true, openedAt: T0 + 6 * MINUTE });
  });

  test("two admins' accounts stay apart, and items without an account wait under the unknown account until the admin names it", async () => {
    const { observe, view, queue, db } = setup();
    await observe([item('401')], { account: 'pemkotbandung' });
    await observe([item('401')], { account: 'dishubbandung' });
    await observe([item('402')], { account: null });
    let queue1 = await view();
    expect(queue1.total).toBe(3);
    expect(queue1.accounts.sort()).toEqual(['dishubbandung', 'pemkotbandung']);
    expect(queue1.unknownAccount).toEqual(['x']);
    expect((await view({ account: 'dishubbandung' })).entries.map((entry) => entry.itemKey)).toEqual(['x|dishubbandung|401']);

    await queue.handlers['queue/account']({ type: 'queue/account', platform: 'x', account: 'PemkotBandung' }, {});
    queue1 = await view();
    expect(queue1.unknownAccount).toEqual([]);
    expect((await view({ account: 'pemkotbandung' })).entries.map((entry) => entry.itemKey).sort()).toEqual(['x|pemkotbandung|401', 'x|pemkotbandung|402']);
    // From now on a page without an account is taken as the named one.
    await observe([item('403')], { account: null });
    expect(await db.incoming.get('x|pemkotbandung|403')).toBeDefined();
  });

  test('a reply published from a composer linked to an item answers it: submit time first, the platform time once seen', async () => {
    const { observe, view, queue } = setup();
    await observe([item('501'), item('502')]);
    await queue.onGuardOutcome({ id: crypto.randomUUID(), platform: 'x', editorKind: 'reply', outcome: 'published-clean', rules: [], draftLength: 40, replyTo: '501', account: 'pemkotbandung', at: T0 + 25 * MINUTE });
    let answered = await view({ state: 'answered' });
    expect(answered.entries).toHaveLength(1);
    expect(answered.entries[0]).toMatchObject({ author: 'warga_501', firstResponseAt: T0 + 25 * MINUTE, responseTimeSource: 'submit' });
    expect((await view()).entries.map((entry) => entry.author)).toEqual(['warga_502']);

    await observe([], { replies: [{ itemId: '501', replyId: '9001', time: new Date(T0 + 26 * MINUTE).toISOString(), seenAt: T0 + 27 * MINUTE }] });
    answered = await view({ state: 'answered' });
    expect(answered.entries[0]).toMatchObject({ firstResponseAt: T0 + 26 * MINUTE, responseTimeSource: 'platform' });
    expect(answered.recent.map((entry) => entry.author)).toEqual(['warga_501']);
  });

  test('a held or cancelled draft does not answer anything', async () => {
    const { observe, view, queue } = setup();
    await observe([item('601')]);
    for (const outcome of ['held', 'cancelled'] as const) {
      await queue.onGuardOutcome({ id: crypto.randomUUID(), platform: 'x', editorKind: 'reply', outcome, rules: [], draftLength: 40, replyTo: '601', at: T0 + 25 * MINUTE });
    }
    expect((await view()).total).toBe(1);
  });

  test('"no reply needed" takes an item out of the queue and out of the figures; reopening brings it back', async () => {
    const { observe, view, queue, clock } = setup();
    await observe([item('701'), item('702')]);
    clock.now = T0 + 3 * 60 * MINUTE;
    expect((await view()).figures).toMatchObject({ waiting: 2, overdue: 2, episodes: 2, withinTargetShare: 0 });
    await queue.handlers['queue/mark']({ type: 'queue/mark', itemKey: 'x|pemkotbandung|701', kind: 'no-reply-needed' }, {});
    const after = await view();
    expect(after.entries.map((entry) => entry.author)).toEqual(['warga_702']);
    expect(after.figures).toMatchObject({ waiting: 1, overdue: 1, episodes: 1 });
    expect((await view({ state: 'no-reply-needed' })).entries.map((entry) => entry.author)).toEqual(['warga_701']);

    clock.now += MINUTE;
    await queue.handlers['queue/mark']({ type: 'queue/mark', itemKey: 'x|pemkotbandung|701', kind: 'reopen' }, {});
    const reopened = await view();
    expect(reopened.entries.map((entry) => entry.author).sort()).toEqual(['warga_701', 'warga_702']);
    expect(reopened.entries.find((entry) => entry.author === 'warga_701')).toMatchObject({ episodeId: 'x|pemkotbandung|701#2', openedAt: clock.now });
  });

  test('a corrected category is kept when the item is seen again', async () => {
    const { observe, view, queue } = setup();
    await observe([item('801')]);
    await queue.handlers['queue/category']({ type: 'queue/category', itemKey: 'x|pemkotbandung|801', category: 'aspirasi' }, {});
    await observe([item('801', { seenAt: T0 })]);
    expect((await view()).entries[0]).toMatchObject({ category: 'aspirasi', categorySource: 'admin' });
    expect((await view({ category: 'aduan' })).total).toBe(0);
  });

  test('a write that fails (a full disk) is rejected to the sender and shown to the side panel, not dropped silently', async () => {
    const { db, observe, view, broadcasts } = setup();
    await db.open();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    db.incoming.hook('creating', () => {
      throw quota;
    });
    await expect(observe([item('901')])).rejects.toThrow(/quota/i);
    const queue = await view();
    expect(queue.total).toBe(0);
    expect(queue.writeError).toMatchObject({ name: 'QuotaExceededError' });
    expect(broadcasts.length).toBe(1);
  });

  test('the queue survives closing and reopening the database', async () => {
    const name = `pilar-queue-${++counter}`;
    const first = setup(name);
    await first.observe([item('1001')]);
    first.db.close();
    const second = setup(name);
    expect((await second.view()).entries.map((entry) => entry.author)).toEqual(['warga_1001']);
  });

  test("a day's list holds the episodes opened that day in the account's zone", async () => {
    const { observe, queue } = setup();
    await observe([item('1101'), item('1102', { time: { exact: '2026-03-01T16:59:00Z' } }), item('1103', { time: { exact: '2026-03-02T17:00:00Z' }, seenAt: Date.parse('2026-03-02T18:00:00Z') })]);
    const day = await queue.handlers['queue/day']({ type: 'queue/day', date: '2026-03-02' }, {});
    expect(day.entries.map((entry) => entry.author)).toEqual(['warga_1101']);
  });

  test('retention deletes only what is older than the period, and episodes follow', async () => {
    const { db, observe, view, queue, clock, config } = setup();
    await observe([item('1201'), item('1202', { time: { exact: new Date(T0 + 40 * 86_400_000).toISOString() }, seenAt: T0 + 40 * 86_400_000 })]);
    clock.now = T0 + 370 * 86_400_000;
    await queue.retain();
    expect((await db.incoming.toArray()).map((row) => row.itemId)).toEqual(['1202']);
    expect((await view()).entries.map((entry) => entry.author)).toEqual(['warga_1202']);
    clock.now = T0 + 400 * 86_400_000;
    config.retentionDays = 30;
    await queue.retain();
    expect(await db.incoming.count()).toBe(0);
    expect(await db.episodes.count()).toBe(0);
  });

  test('every queue write is one strict-durability read-write transaction', async () => {
    const { db, observe } = setup();
    const opened = observeTransactions(db);
    await observe([item('1301'), item('1302')]);
    expect(opened.filter((transaction) => transaction.mode === 'readwrite').map((transaction) => transaction.durability)).toEqual(['strict']);
  });

  test('coverage counts the hours in which a page of an account was observed', async () => {
    const { db, observe, clock } = setup();
    await observe([item('1401')]);
    await observe([]);
    clock.now += 60 * MINUTE;
    await observe([], { account: 'dishubbandung' });
    const rows = await db.coverage.orderBy('hour').toArray();
    expect(rows.map(({ account, hour, observations }) => [account, hour, observations])).toEqual([
      ['pemkotbandung', T0, 2],
      ['dishubbandung', T0 + 60 * MINUTE, 1],
    ]);
  });
});
