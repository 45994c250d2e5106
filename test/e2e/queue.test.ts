// The reply queue end to end, in Chromium and Firefox: the seven platforms' reply-queue fixture
// pages feed the side panel (three citizens each, with the right authors), a reply through the
// page's composer answers its item with the right response time, two tabs add nothing twice, a
// "tidak perlu balasan" mark takes an item out of the queue and the figures, and everything is
// still there after the browser restarts with the same profile.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Message, QueueEntry, QueueViewReply } from '../../src/messaging/protocol';
import { BROWSERS, extensionPageLoad, launch, type Session } from './harness';

interface Scene {
  host: string;
  path: string;
  platform: QueueEntry['platform'];
  account: string;
  /** Complaint, question, thanks. */
  authors: [string, string, string];
  /** Whether the page shows the account's earlier reply to the thanks. */
  thanksAnswered: boolean;
}

// Accounts as capture reads them from each page (lower-cased by the background).
const SCENES: Scene[] = [
  { host: 'x.com', path: '/notifications/mentions', platform: 'x', account: 'pilar_id', authors: ['@siti_rahma', '@bambang_wjy', '@dewi_angg'], thanksAnswered: true },
  { host: 'www.facebook.com', path: '/pemkotpilar/posts/pfbid0QueUe7rT2mKx8NcVb4LpZ1sHd6GfJ3aW9oYiEuRtXqBn', platform: 'facebook', account: 'pemkot pilar', authors: ['Siti Rahmawati', 'Bambang Wijaya', 'Dewi Anggraini'], thanksAnswered: true },
  { host: 'www.instagram.com', path: '/p/DQueUe2026Ab/', platform: 'instagram', account: 'pemkotpilar', authors: ['siti.rahma', 'bambang_wjy', 'dewi.angg'], thanksAnswered: true },
  { host: 'www.linkedin.com', path: '/feed/update/urn:li:activity:7262000000000000777/', platform: 'linkedin', account: 'pemkot pilar', authors: ['Siti Rahmawati', 'Bambang Wijaya', 'Dewi Anggraini'], thanksAnswered: true },
  { host: 'www.youtube.com', path: '/watch?v=QueUe2026Xy', platform: 'youtube', account: 'pemkotpilar', authors: ['@sitirahma', '@bambangwjy', '@dewiangg'], thanksAnswered: true },
  { host: 'studio.youtube.com', path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox', platform: 'youtube', account: 'ucpilar0kota2026xyz1234', authors: ['@sitirahma', '@bambangwjy', '@dewiangg'], thanksAnswered: true },
  { host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890199999', platform: 'tiktok', account: 'pemkotpilar', authors: ['@siti.rahma', '@bambang_wjy', '@dewi.angg'], thanksAnswered: true },
  { host: 'www.threads.com', path: '/activity', platform: 'threads', account: 'pemkotpilar', authors: ['@siti.rahma', '@bambang_wjy', '@dewi.angg'], thanksAnswered: true },
];
const X = SCENES[0]!;
const MINUTE = 60_000;

/** Asks the background from an extension page, as the side panel does. */
function ask<T>(page: Page, message: Message): Promise<T> {
  return page.evaluate(async (message) => {
    type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (scope.browser ?? scope.chrome)!.runtime.sendMessage(message)) as T;
  }, message) as Promise<T>;
}

const view = (page: Page, filter: Partial<QueueViewReply['entries'][number]> & { state: QueueEntry['state'] }) =>
  ask<QueueViewReply>(page, { type: 'queue/view', filter: { state: filter.state, platform: filter.platform, account: filter.account }, limit: 200 });

const authors = (entries: QueueEntry[]) => entries.map((entry) => entry.author).sort();

/** Waits until the background holds the scene's three items (open or answered). */
async function waitForScene(panel: Page, scene: Scene): Promise<{ open: QueueEntry[]; answered: QueueEntry[] }> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [open, answered] = await Promise.all([
      view(panel, { state: 'open', platform: scene.platform, account: scene.account }),
      view(panel, { state: 'answered', platform: scene.platform, account: scene.account }),
    ]);
    const all = [...open.entries, ...answered.entries];
    const thanksSettled = !scene.thanksAnswered || answered.entries.some((entry) => entry.author === scene.authors[2]);
    if (all.length >= 3 && thanksSettled) return { open: open.entries, answered: answered.entries };
    if (Date.now() > deadline) throw new Error(`${scene.host}: the background holds ${JSON.stringify(authors(all))}`);
    await panel.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  }
}

/** The side panel's rendered list: the author links of its items. */
const listedAuthors = (panel: Page) => panel.$$eval('li.item .item-head a', (links) => links.map((link) => link.textContent ?? ''));

describe.each(BROWSERS)('the reply queue in %s', (name) => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch(name);
    panel = await session.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('main h1');
  });
  afterAll(async () => {
    await session?.close();
  });

  test("each platform's queue page gives its three citizens, open, with the right authors (the one the account already answered as answered)", async () => {
    for (const scene of SCENES) {
      const page = await session.openSite(scene.host, scene.path);
      const { open, answered } = await waitForScene(panel, scene);
      const [complaint, question, thanks] = scene.authors;
      expect(authors(open), scene.host).toEqual(scene.thanksAnswered ? [complaint, question].sort() : [...scene.authors].sort());
      expect(authors(answered), scene.host).toEqual(scene.thanksAnswered ? [thanks] : []);
      await page.close();
    }
    await panel.reload(extensionPageLoad(name));
    await panel.waitForSelector('li.item');
    const listed = await listedAuthors(panel);
    for (const scene of SCENES) for (const author of scene.authors.slice(0, 2)) expect(listed, scene.host).toContain(author);
  });

  test('two tabs on the same page add no duplicates', async () => {
    const before = await view(panel, { state: 'open', platform: 'x', account: X.account });
    const tabs = await Promise.all([session.openSite(X.host, X.path), session.openSite(X.host, X.path)]);
    // Each tab's batch is written (and announced) before its coverage hour counts it; wait for both.
    await panel.waitForFunction(() => document.querySelectorAll('li.item').length > 0);
    await waitForScene(panel, X);
    const after = await view(panel, { state: 'open', platform: 'x', account: X.account });
    expect(authors(after.entries)).toEqual(authors(before.entries));
    expect(after.total).toBe(2);
    for (const tab of tabs) await tab.close();
  });

  test("a reply through the page's reply composer answers the question, with its response time", async () => {
    const page = await session.openSite(X.host, X.path);
    const question = X.authors[1];
    await page.waitForSelector('article[data-testid="tweet"]');
    await page.evaluate((author) => {
      const article = [...document.querySelectorAll('article[data-testid="tweet"]')].find((node) => node.textContent?.includes(author));
      (article?.querySelector('[data-testid="reply"]') as HTMLElement | null)?.click();
    }, question);
    await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await page.click('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Selamat siang, syaratnya KTP asli dan SIM lama.');
    await page.click('[role="dialog"] [data-testid="tweetButton"]');
    const deadline = Date.now() + 20_000;
    let entry: QueueEntry | undefined;
    while (!entry && Date.now() < deadline) {
      entry = (await view(panel, { state: 'answered', platform: 'x', account: X.account })).entries.find((candidate) => candidate.author === question);
      if (!entry) await panel.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    }
    expect(entry).toBeDefined();
    // The question arrived 8 minutes before the page loaded; the reply went out moments later.
    expect(entry!.wallMs).toBeGreaterThanOrEqual(8 * MINUTE);
    expect(entry!.wallMs).toBeLessThan(8 * MINUTE + 2 * MINUTE);
    expect(authors((await view(panel, { state: 'open', platform: 'x', account: X.account })).entries)).toEqual([X.authors[0]]);
    await page.close();
  });

  test('"Tidak perlu balasan" in the side panel takes the item out of the queue and the figures', async () => {
    await panel.reload(extensionPageLoad(name));
    await panel.waitForSelector('li.item');
    const waitingBefore = (await view(panel, { state: 'open' })).figures.waiting;
    const target = SCENES[6]!.authors[1]; // TikTok's question, still open
    await panel.evaluate((author) => {
      const item = [...document.querySelectorAll('li.item')].find((node) => node.querySelector('.item-head a')?.textContent === author && node.textContent?.includes('TikTok'));
      const button = [...(item?.querySelectorAll('button') ?? [])].find((node) => node.textContent === 'Tidak perlu balasan');
      (button as HTMLButtonElement | undefined)?.focus();
    }, target);
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(
      (author) => ![...document.querySelectorAll('li.item')].some((node) => node.querySelector('.item-head a')?.textContent === author && node.textContent?.includes('TikTok')),
      {},
      target,
    );
    const after = await view(panel, { state: 'open' });
    expect(after.figures.waiting).toBe(waitingBefore - 1);
    expect(authors((await view(panel, { state: 'no-reply-needed', platform: 'tiktok' })).entries)).toEqual([target]);
  });

  test('everything is still there after the browser restarts with the same profile', async () => {
    const before = await view(panel, { state: 'open' });
    const answeredBefore = await view(panel, { state: 'answered' });
    await session.close({ keepProfile: true });
    session = await launch(name, { profile: session.profile });
    panel = await session.openExtensionPage('sidepanel.html');
    await panel.waitForSelector('li.item', { timeout: 20_000 });
    const after = await view(panel, { state: 'open' });
    expect(authors(after.entries)).toEqual(authors(before.entries));
    expect(authors((await view(panel, { state: 'answered' })).entries)).toEqual(authors(answeredBefore.entries));
    expect((await view(panel, { state: 'no-reply-needed' })).total).toBe(1);
  });
});
