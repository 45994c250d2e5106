// Capture on every platform's reply-queue fixture page, in Chromium and Firefox: the content script
// reports the three citizens' items once each (ids from permalinks, exact or relative times as the
// page shows them), the account's earlier reply as a reply, a reply published from the page's own
// composer, and nothing twice after the list re-renders or recycles its nodes.
//
// The messages are read where they arrive: an extension page (the popup, open in a tab) listens on
// `runtime.onMessage`, which both browsers deliver to every extension page as well as to the
// background. Nothing in the build exists for the test.
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { QueueObserved } from '../../src/messaging/protocol';
import { BROWSERS, launch, type Session } from './harness';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
/** The question (the second citizen's message), which each test answers through the page. */
const QUESTION = 'syarat perpanjangan SIM';
const ANSWER = 'Selamat siang, syaratnya KTP asli dan SIM lama. Layanan Sabtu buka pukul 08.00 WIB.';

interface Scene {
  name: string;
  host: string;
  path: string;
  platform: QueueObserved['platform'];
  account: string;
  /** Authors of the complaint, the question and the thanks. */
  authors: [string, string, string];
  /** Their ids as the permalinks give them; undefined where the page has no permalink (hashed ids). */
  ids?: [string, string, string];
  exactTimes: boolean;
  /** The account's earlier reply, answering the thanks. */
  earlierReply?: string;
  /** The element of one item, the control in it that opens a reply, the editor and how to publish. */
  item: string;
  replyControl: string;
  editor: string;
  publish: string | KeyInput[];
}

const SCENES: Scene[] = [
  {
    name: 'X mentions', host: 'x.com', path: '/notifications/mentions', platform: 'x', account: 'pilar_id',
    authors: ['@siti_rahma', '@bambang_wjy', '@dewi_angg'], ids: ['1984000000000000001', '1984000000000000002', '1984000000000000003'],
    exactTimes: true, earlierReply: '1984000000000000900',
    item: 'article[data-testid="tweet"]', replyControl: '[data-testid="reply"]',
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', publish: '[role="dialog"] [data-testid="tweetButton"]',
  },
  {
    name: 'Facebook post comments', host: 'www.facebook.com', path: '/pemkotpilar/posts/pfbid0QueUe7rT2mKx8NcVb4LpZ1sHd6GfJ3aW9oYiEuRtXqBn',
    platform: 'facebook', account: 'pemkot pilar',
    authors: ['Siti Rahmawati', 'Bambang Wijaya', 'Dewi Anggraini'], ids: ['2222333344445551', '2222333344445552', '2222333344445553'],
    exactTimes: false, earlierReply: '2222333344445559',
    item: '[role="article"]', replyControl: '[role="button"][aria-label="Balas"]',
    editor: '[contenteditable="true"][aria-label^="Balas "]', publish: ['Enter'],
  },
  {
    name: 'Instagram post comments', host: 'www.instagram.com', path: '/p/DQueUe2026Ab/', platform: 'instagram', account: 'pemkotpilar',
    authors: ['siti.rahma', 'bambang_wjy', 'dewi.angg'], ids: ['17910000000000001', '17910000000000002', '17910000000000003'],
    exactTimes: true, earlierReply: '17910000000000009',
    item: 'li', replyControl: '.ig-reply', editor: '[contenteditable="true"][aria-label="Tambahkan komentar…"]', publish: ['Enter'],
  },
  {
    name: 'LinkedIn post comments', host: 'www.linkedin.com', path: '/feed/update/urn:li:activity:7262000000000000777/', platform: 'linkedin',
    account: 'pemkot pilar', authors: ['Siti Rahmawati', 'Bambang Wijaya', 'Dewi Anggraini'],
    ids: ['7262100000000000771', '7262100000000000772', '7262100000000000773'], exactTimes: false, earlierReply: '7262100000000000779',
    item: 'article.comments-comment-entity', replyControl: 'button[aria-label^="Balas komentar"]',
    editor: '[contenteditable="true"][aria-label="Tambahkan balasan…"]', publish: '.comments-replies-list button.comments-comment-box__submit-button',
  },
  {
    name: 'YouTube watch comments', host: 'www.youtube.com', path: '/watch?v=QueUe2026Xy', platform: 'youtube', account: 'pemkotpilar',
    authors: ['@sitirahma', '@bambangwjy', '@dewiangg'], ids: ['UgxQueUe1a2B3c4D5e6F', 'UgxQueUe2a2B3c4D5e6F', 'UgxQueUe3a2B3c4D5e6F'],
    exactTimes: false, earlierReply: 'UgxQueUe3a2B3c4D5e6F.AbCQueUe9Own',
    item: 'ytd-comment-view-model', replyControl: '#reply-button-end button',
    editor: '#reply-dialog [contenteditable="true"]', publish: '#reply-dialog #submit-button button',
  },
  {
    name: 'YouTube Studio comments', host: 'studio.youtube.com', path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox', platform: 'youtube',
    account: 'UCpIlAr0kOtA2026xYz1234', authors: ['@sitirahma', '@bambangwjy', '@dewiangg'], exactTimes: false,
    item: 'ytcp-comment-thread', replyControl: '#reply-button button', editor: 'ytcp-commentbox textarea', publish: 'ytcp-commentbox #submit-button button',
  },
  {
    name: 'TikTok video comments', host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890199999', platform: 'tiktok', account: 'pemkotpilar',
    authors: ['@siti.rahma', '@bambang_wjy', '@dewi.angg'], exactTimes: false,
    item: '[data-e2e="comment-item"]', replyControl: '[data-e2e="comment-reply-1"]', editor: '[data-e2e="comment-input"] [contenteditable="true"]', publish: ['Enter'],
  },
  {
    name: 'Threads activity', host: 'www.threads.com', path: '/activity', platform: 'threads', account: 'pemkotpilar',
    authors: ['@siti.rahma', '@bambang_wjy', '@dewi.angg'], ids: ['DQ1qUeUe2026', 'DQ2qUeUe2026', 'DQ3qUeUe2026'],
    exactTimes: true, earlierReply: 'DQ9qUeUeOwn',
    item: '[data-pressable-container="true"]', replyControl: '[aria-label="Balas"]', editor: '[role="dialog"] [contenteditable="true"]', publish: '[role="dialog"] .th-post-button',
  },
];

/** An extension page that keeps every `queue/observed` message it hears. */
async function openListener(session: Session): Promise<Page> {
  const page = await session.openExtensionPage('popup.html');
  await page.waitForFunction(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime === 'object' || 'browser' in globalThis, { timeout: 15_000 });
  await page.evaluate(() => {
    type Sender = { tab?: { url?: string }; url?: string };
    type Api = { runtime: { onMessage: { addListener(listener: (message: unknown, sender: Sender) => undefined): void } } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api; observed: unknown[]; host: string };
    scope.observed = [];
    (scope.browser ?? scope.chrome)!.runtime.onMessage.addListener((message, sender) => {
      // Only what the tab under test sends: a tab closed a moment ago may still flush its last batch.
      const from = new URL(sender.tab?.url ?? sender.url ?? 'about:blank').hostname;
      if ((message as { type?: string } | null)?.type === 'queue/observed' && from === scope.host) scope.observed.push(message);
      return undefined;
    });
  });
  return page;
}

const heard = (listener: Page) => listener.evaluate(() => (globalThis as unknown as Heard).observed);
/** Starts listening afresh, to the tab on `host` only. */
const listenTo = (listener: Page, host: string) =>
  listener.evaluate((host: string) => {
    const scope = globalThis as unknown as { observed: unknown[]; host: string };
    scope.observed = [];
    scope.host = host;
  }, host);

type Heard = { observed: QueueObserved[] };

const waitForItems = (listener: Page, count: number) =>
  listener.waitForFunction(
    (count: number) => (globalThis as unknown as Heard).observed.flatMap((message) => message.items).length >= count,
    { timeout: 20_000, polling: 100 },
    count,
  );

const waitForReplyTo = (listener: Page, itemId: string) =>
  listener.waitForFunction(
    (itemId: string) => (globalThis as unknown as Heard).observed.some((message) => message.replies.some((reply) => reply.itemId === itemId)),
    { timeout: 20_000, polling: 100 },
    itemId,
  );

/** Clicks `control` inside the item (an element matching `item`) whose text contains `text`. */
async function clickInItem(page: Page, item: string, text: string, control: string): Promise<void> {
  const handle = await page.waitForFunction(
    (item: string, text: string, control: string) => {
      const host = [...document.querySelectorAll(item)].find((el) => (el.textContent ?? '').includes(text) && el.querySelector(control));
      // The innermost item holding the text (a thread holds its replies too).
      const inner = [...document.querySelectorAll(item)].filter((el) => el !== host && host?.contains(el) && (el.textContent ?? '').includes(text) && el.querySelector(control));
      return (inner.at(-1) ?? host)?.querySelector(control) ?? null;
    },
    { timeout: 15_000 },
    item,
    text,
    control,
  );
  await (handle as unknown as { click(): Promise<void> }).click();
}

describe.each(BROWSERS)('capture in %s', (name) => {
  let session: Session;
  let listener: Page;
  beforeAll(async () => {
    session = await launch(name);
    listener = await openListener(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(SCENES)('$name: three items once each, the own reply as a reply, a reply published on the page, no repeats', async (scene) => {
    await listenTo(listener, scene.host);
    const page = await session.openSite(scene.host, scene.path);
    try {
      // 1. The three citizens' items arrive, under the account the page shows.
      await waitForItems(listener, 3);
      const first = await heard(listener);
      const items = first.flatMap((message) => message.items);
      expect(first.map((message) => [message.platform, message.account])).toEqual(first.map(() => [scene.platform, scene.account]));
      expect(items.map((item) => item.author).sort()).toEqual([...scene.authors].sort());
      const byAuthor = (author: string) => items.find((item) => item.author === author)!;
      if (scene.ids) expect(scene.authors.map((author) => byAuthor(author).itemId)).toEqual(scene.ids);
      for (const item of items) {
        expect(item.url).toMatch(/^https:\/\//);
        expect(item.snippet.length).toBeGreaterThan(20);
        expect(item.snippet.length).toBeLessThanOrEqual(280);
        if (scene.exactTimes) expect(item.time).toEqual({ exact: expect.stringMatching(ISO) });
        else expect(item.time).toEqual({ relative: expect.stringMatching(/\S/) });
      }
      expect(byAuthor(scene.authors[0]).snippet).toContain('sampah');
      // The account's own earlier reply is not an item; it is reported as the reply to the thanks.
      const thanks = byAuthor(scene.authors[2]).itemId;
      const replies = first.flatMap((message) => message.replies);
      expect(replies).toContainEqual(expect.objectContaining({ itemId: thanks, ...(scene.earlierReply ? { replyId: scene.earlierReply } : {}) }));
      if (scene.exactTimes) expect(replies.find((reply) => reply.itemId === thanks)?.time).toMatch(ISO);

      // 2. Scrolling and a re-sort that refills the list's nodes with other items send nothing new.
      for (let n = 0; n < 20; n++) {
        await page.evaluate((n) => {
          window.scrollTo(0, (n % 4) * 120);
          window.dispatchEvent(new Event('scroll'));
        }, n);
      }
      await page.click('[data-fixture-recycle]');
      await page.click('[data-fixture-recycle]');

      // 3. A reply through the page's own composer shows up as the account's reply to the question.
      const question = byAuthor(scene.authors[1]).itemId;
      await clickInItem(page, scene.item, QUESTION, scene.replyControl);
      await page.waitForSelector(scene.editor, { visible: true, timeout: 15_000 });
      await page.click(scene.editor);
      await page.keyboard.type(ANSWER);
      if (typeof scene.publish === 'string') await page.click(scene.publish);
      else for (const key of scene.publish) await page.keyboard.press(key);
      await waitForReplyTo(listener, question);

      const all = await heard(listener);
      const answer = all.flatMap((message) => message.replies).find((reply) => reply.itemId === question)!;
      expect(answer.replyId).not.toBe(scene.earlierReply);
      if (scene.exactTimes) expect(answer.time).toMatch(ISO);
      // Every item and reply was sent once, whatever re-rendered in between, in a handful of messages.
      const sentIds = all.flatMap((message) => message.items.map((item) => item.itemId));
      expect(sentIds.sort()).toEqual(items.map((item) => item.itemId).sort());
      const replyIds = all.flatMap((message) => message.replies.map((reply) => reply.replyId));
      expect(new Set(replyIds).size).toBe(replyIds.length);
      expect(all.length).toBeLessThanOrEqual(4);
    } finally {
      await page.close();
    }
  });
});
