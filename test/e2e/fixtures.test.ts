// The fixture pages themselves, in real Chromium and Firefox: every composer kind takes keyboard
// input through its real editor library, publishes exactly the typed text once (read from the
// library's model) and empties itself; X's reply dialog mounts later, pushState navigation keeps
// the page alive, and the notifications list recycles its nodes. Other e2e tests and the site
// adapters rely on this contract (test/fixtures/sites/README.md).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SITES_DIR } from '../../scripts/fixture-server.ts';
import { BROWSERS, launch, type Session } from './harness';

const PUBLISHED = '#fixture-published-log [data-fixture-published]';

interface Case {
  name: string;
  host: string;
  path: string;
  /** Brings the composer up when it is not on the page from the start. */
  open?(page: Page): Promise<void>;
  editor: string;
  /** A selector to click, a key chord, or the steps that publish. */
  submit: string | KeyInput[] | ((page: Page) => Promise<void>);
  /** The chord for a new line inside the draft; omitted where the composer has one line. */
  newline?: KeyInput[];
  kind: 'post' | 'reply' | 'comment' | 'dm';
  replyTo?: string;
}

const click = (selector: string) => async (page: Page) => {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.click(selector);
};

const CASES: Case[] = [
  { name: 'X post, button', host: 'x.com', path: '/home', editor: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', newline: ['Enter'], kind: 'post' },
  { name: 'X post, Ctrl+Enter', host: 'x.com', path: '/home', editor: '[data-testid="tweetTextarea_0"]', submit: ['Control', 'Enter'], newline: ['Enter'], kind: 'post' },
  { name: 'twitter.com post', host: 'twitter.com', path: '/home', editor: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', kind: 'post' },
  {
    name: 'X inline reply on a status page', host: 'x.com', path: '/pilar_id/status/1983000000000000001',
    editor: '[data-testid="tweetTextarea_0"]', submit: '[data-testid="tweetButtonInline"]', newline: ['Enter'], kind: 'reply', replyTo: '1983000000000000001',
  },
  {
    name: 'Facebook post dialog', host: 'www.facebook.com', path: '/', open: click('[role="region"][aria-label="Buat postingan"] [role="button"]'),
    editor: '[role="dialog"] [data-lexical-editor="true"]', submit: '[role="dialog"] [role="button"][aria-label="Posting"]', newline: ['Enter'], kind: 'post',
  },
  {
    name: 'Facebook comment, Enter', host: 'www.facebook.com', path: '/', editor: '[data-lexical-editor="true"][aria-label="Komentari sebagai Pemkot Pilar"]',
    submit: ['Enter'], newline: ['Shift', 'Enter'], kind: 'comment', replyTo: 'pfbid02k7YbQx9WmZr3TqLs8VnHd4PcJ5fA1uE6oN2gKyMwRtXiBv',
  },
  {
    name: 'Facebook reply to a comment, button', host: 'web.facebook.com', path: '/pemkotpilar/posts/pfbid02k7YbQx9WmZr3TqLs8VnHd4PcJ5fA1uE6oN2gKyMwRtXiBv?comment_id=1111222233334442',
    open: click('[role="article"][aria-label^="Komentar oleh Warga B"] [role="button"][aria-label="Balas"]'),
    editor: '[data-lexical-editor="true"][aria-label="Balas Warga B"]', submit: '[aria-label^="Komentar oleh Warga B"] form [role="button"][aria-label="Komentar"]',
    newline: ['Shift', 'Enter'], kind: 'reply', replyTo: '1111222233334442',
  },
  {
    name: 'Facebook Page post, two steps (Berikutnya, then Posting)', host: 'www.facebook.com', path: '/pemkotpilar',
    open: click('[role="region"][aria-label="Buat postingan"] [role="button"]'), editor: '[role="dialog"] [data-lexical-editor="true"]',
    submit: async (page) => {
      await clickVisible(page, '[role="dialog"][aria-label="Buat postingan"] [role="button"][aria-label="Berikutnya"]');
      await clickVisible(page, '[role="dialog"][aria-label="Pengaturan postingan"] [role="button"][aria-label="Posting"]');
    },
    newline: ['Enter'], kind: 'post',
  },
  {
    name: 'Business Suite composer', host: 'business.facebook.com', path: '/latest/composer', editor: '[data-lexical-editor="true"]',
    submit: '[role="button"][aria-label="Publikasikan"]', newline: ['Enter'], kind: 'post',
  },
  {
    name: 'Instagram comment, Enter', host: 'www.instagram.com', path: '/p/DBx7kLmPq2R/', editor: '[data-lexical-editor="true"][aria-label="Tambahkan komentar…"]',
    submit: ['Enter'], newline: ['Shift', 'Enter'], kind: 'comment', replyTo: 'DBx7kLmPq2R',
  },
  {
    name: 'Instagram direct message', host: 'www.instagram.com', path: '/direct/t/340282366841710300949128114477762/', editor: '[data-lexical-editor="true"][aria-label="Pesan"]',
    submit: ['Enter'], kind: 'dm', replyTo: '340282366841710300949128114477762',
  },
  {
    name: 'LinkedIn share dialog', host: 'www.linkedin.com', path: '/feed/', open: click('button.share-box-feed-entry__trigger'),
    editor: '[role="dialog"] .ql-editor[contenteditable="true"]', submit: 'button.share-actions__primary-action', newline: ['Enter'], kind: 'post',
  },
  {
    name: 'LinkedIn comment', host: 'www.linkedin.com', path: '/feed/', editor: '.comments-comment-box__form .ql-editor[contenteditable="true"]',
    submit: 'button.comments-comment-box__submit-button', newline: ['Enter'], kind: 'comment', replyTo: '7262000000000000001',
  },
  {
    name: 'YouTube comment', host: 'www.youtube.com', path: '/watch?v=pIlAr2026aB', open: click('ytd-comment-simplebox-renderer #placeholder-area'),
    editor: 'ytd-commentbox #contenteditable-root', submit: 'ytd-commentbox #submit-button button', newline: ['Enter'], kind: 'comment', replyTo: 'pIlAr2026aB',
  },
  {
    name: 'YouTube Studio reply', host: 'studio.youtube.com', path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox', open: click('ytcp-comment-thread #reply-button button'),
    editor: 'ytcp-commentbox textarea', submit: 'ytcp-commentbox #submit-button button', newline: ['Enter'], kind: 'reply', replyTo: 'UgxS1t2u3V4w5X6y7Z8',
  },
  {
    name: 'TikTok comment, Enter', host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890123456', editor: '[data-e2e="comment-input"] [contenteditable="true"]',
    submit: ['Enter'], newline: ['Shift', 'Enter'], kind: 'comment', replyTo: '7441234567890123456',
  },
  {
    name: 'TikTok reply, button', host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890123456', open: click('[data-e2e="comment-reply-1"]'),
    editor: '[data-e2e="comment-input"] [contenteditable="true"]', submit: '[data-e2e="comment-post"]', kind: 'reply', replyTo: '7441300000000000001',
  },
  {
    name: 'Threads post dialog', host: 'www.threads.com', path: '/', open: click('[role="button"]::-p-text(Apa yang baru?)'),
    editor: '[role="dialog"] [data-lexical-editor="true"]', submit: '[role="dialog"] [role="button"]::-p-text(Posting)', newline: ['Enter'], kind: 'post',
  },
  {
    name: 'Threads reply dialog (threads.net)', host: 'www.threads.net', path: '/', open: click('[data-pressable-container="true"] [role="button"][aria-label="Balas"]'),
    editor: '[role="dialog"] [data-lexical-editor="true"]', submit: '[role="dialog"] [role="button"]::-p-text(Posting)', kind: 'reply', replyTo: 'DC1a2B3c4D5',
  },
];

async function chord(page: Page, keys: KeyInput[]) {
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

async function published(page: Page) {
  return page.$$eval(PUBLISHED, (items) =>
    items.map((item) => ({ text: item.textContent, kind: (item as HTMLElement).dataset.fixtureKind, replyTo: (item as HTMLElement).dataset.fixtureReplyTo })),
  );
}

/** The editor's visible text: textarea value, or the contenteditable's text without Draft.js's empty-block break. */
async function editorText(page: Page, selector: string) {
  return page.$eval(selector, (element) => (element instanceof HTMLTextAreaElement ? element.value : (element as HTMLElement).innerText).trim());
}

/** Types the lines with the case's newline chord between them. */
async function typeLines(page: Page, lines: string[], newline?: KeyInput[]) {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await chord(page, newline!);
    await page.keyboard.type(line);
  }
}

/**
 * Clicks the part of the element a user can see: Pilar's badge sits just under the editor and may
 * cover part of a submit button placed right below it, so aim at a point the button itself receives.
 */
async function clickVisible(page: Page, selector: string) {
  const element = await page.waitForSelector(selector, { timeout: 10_000 });
  await element!.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  // Let overlays that follow the editor settle after the scroll.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  const point = await element!.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    for (const fy of [0.5, 0.25, 0.75]) {
      for (const fx of [0.5, 0.25, 0.75, 0.1, 0.9]) {
        const x = rect.left + rect.width * fx;
        const y = rect.top + rect.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === node || node.contains(hit))) return { x, y };
      }
    }
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}

async function submit(page: Page, how: Case['submit']) {
  if (typeof how === 'string') await clickVisible(page, how);
  else if (typeof how === 'function') await how(page);
  else await chord(page, how);
}

async function waitForPublished(page: Page, count: number) {
  await page.waitForFunction((selector, n) => document.querySelectorAll(selector).length >= n, { timeout: 10_000 }, PUBLISHED, count);
}

beforeAll(() => {
  const hosts = readdirSync(SITES_DIR).filter((host) => !host.startsWith('_') && existsSync(join(SITES_DIR, host, 'src')));
  if (hosts.some((host) => !existsSync(join(SITES_DIR, host, 'dist/main.js')))) {
    execFileSync(process.execPath, ['scripts/build-fixtures.ts'], { stdio: 'inherit' });
  }
});

describe.each(BROWSERS)('fixture pages in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(CASES.map((entry) => [entry.name, entry] as const))('%s publishes exactly the typed text once', async (_, entry) => {
    const page = await session.openSite(entry.host, entry.path);
    try {
      await entry.open?.(page);
      await page.waitForSelector(entry.editor, { timeout: 10_000 });
      await page.click(entry.editor);
      const lines = entry.newline ? ['Terima kasih atas laporannya.', 'Petugas kami segera ke lokasi.'] : ['Terima kasih atas laporannya.'];
      await typeLines(page, lines, entry.newline);
      const before = (await published(page)).length;
      await submit(page, entry.submit);
      await waitForPublished(page, before + 1);
      // Give a double publication the time to show up.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const items = await published(page);
      expect(items).toHaveLength(before + 1);
      const item = items.find((candidate) => candidate.text === lines.join('\n'));
      expect(item).toEqual({ text: lines.join('\n'), kind: entry.kind, replyTo: entry.replyTo });
      // Editors that stay on the page are emptied (dialogs close instead).
      if (await page.$(entry.editor)) expect(await editorText(page, entry.editor)).toBe('');
    } finally {
      await page.close();
    }
  });

  test('an empty draft is not published', async () => {
    const page = await session.openSite('www.facebook.com', '/');
    try {
      const editor = '[data-lexical-editor="true"][aria-label="Komentari sebagai Pemkot Pilar"]';
      await page.waitForSelector(editor);
      await page.click(editor);
      await page.keyboard.press('Enter');
      await page.keyboard.type('   ');
      await page.keyboard.press('Enter');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await published(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('X: the reply dialog mounts later in #layers and answers the mention it was opened from', async () => {
    const page = await session.openSite('x.com', '/notifications');
    try {
      const firstReply = '[data-testid="cellInnerDiv"] article[data-testid="tweet"] [data-testid="reply"]';
      await page.waitForSelector(firstReply);
      const target = await page.$eval(firstReply, (button) => {
        const href = button.closest('article')!.querySelector('a[href*="/status/"] > time')!.parentElement!.getAttribute('href')!;
        return /\/status\/(\d+)/.exec(href)![1]!;
      });
      expect(await page.$('[role="dialog"]')).toBeNull();
      await page.click(firstReply);
      expect(await page.$('[role="dialog"] [data-testid="tweetTextarea_0"]')).toBeNull();
      const editor = '#layers [role="dialog"][aria-modal="true"] [data-testid="tweetTextarea_0"]';
      await page.waitForSelector(editor, { timeout: 10_000 });
      expect(new URL(page.url()).pathname).toBe('/compose/post');
      await page.click(editor);
      await page.keyboard.type('Laporan sudah kami teruskan ke dinas terkait.');
      await clickVisible(page, '[role="dialog"] [data-testid="tweetButton"]');
      await waitForPublished(page, 1);
      expect(await published(page)).toEqual([{ text: 'Laporan sudah kami teruskan ke dinas terkait.', kind: 'reply', replyTo: target }]);
      await page.waitForFunction(() => !document.querySelector('[role="dialog"]'));
      expect(new URL(page.url()).pathname).toBe('/notifications');
    } finally {
      await page.close();
    }
  });

  test('X: pushState navigation between /home, /notifications and a status page keeps the page and its composers working', async () => {
    const page = await session.openSite('x.com', '/home');
    try {
      await page.waitForSelector('[data-testid="tweetTextarea_0"]');
      await page.evaluate(() => ((window as unknown as { fixtureMarker: number }).fixtureMarker = 1));
      await page.click('a[data-testid="AppTabBar_Notifications_Link"]');
      await page.waitForSelector('[data-testid="cellInnerDiv"] article');
      expect(new URL(page.url()).pathname).toBe('/notifications');
      expect(await page.title()).toBe('(3) Notifikasi / X');
      expect(await page.$('[data-testid="tweetTextarea_0"]')).toBeNull();
      await page.click('[data-testid="cellInnerDiv"] article[data-testid="tweet"] a[href*="/status/"]');
      await page.waitForSelector('article[data-testid="tweet"][tabindex="-1"]');
      expect(new URL(page.url()).pathname).toMatch(/^\/\w+\/status\/\d+$/);
      await page.goBack();
      await page.waitForFunction(() => location.pathname === '/notifications');
      await page.goBack();
      await page.waitForFunction(() => location.pathname === '/home');
      await page.waitForSelector('[data-testid="tweetTextarea_0"]');
      // Still the same document: no reload happened on the way.
      expect(await page.evaluate(() => (window as unknown as { fixtureMarker?: number }).fixtureMarker)).toBe(1);
      await page.click('[data-testid="tweetTextarea_0"]');
      await page.keyboard.type('Kembali ke beranda.');
      await chord(page, ['Control', 'Enter']);
      await waitForPublished(page, 1);
      expect((await published(page)).map((item) => item.text)).toEqual(['Kembali ke beranda.']);
    } finally {
      await page.close();
    }
  });

  test('X: the notifications list recycles its article nodes while scrolling', async () => {
    const page = await session.openSite('x.com', '/notifications');
    try {
      await page.waitForSelector('[data-testid="cellInnerDiv"] article');
      const before = await page.evaluate(() => {
        const articles = [...document.querySelectorAll('[data-testid="cellInnerDiv"] article')];
        (window as unknown as { fixtureNodes: Element[] }).fixtureNodes = articles;
        return articles.map((article) => article.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? 'notification');
      });
      await page.evaluate(() => window.scrollTo(0, 3000));
      await page.waitForFunction(() => !document.querySelector('a[href="/warga_a/status/1983130065320780162"]'));
      const after = await page.evaluate(() => ({
        nodes: (window as unknown as { fixtureNodes: Element[] }).fixtureNodes.map((node) => ({
          connected: node.isConnected,
          href: node.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? 'notification',
        })),
        cells: document.querySelectorAll('[data-testid="cellInnerDiv"]').length,
      }));
      expect(before[0]).toBe('/warga_a/status/1983130065320780162');
      // Some of the same article nodes are still in the page, now showing other notifications.
      const reused = after.nodes.filter((node, index) => node.connected && node.href !== before[index]);
      expect(reused.length).toBeGreaterThan(0);
      // Only the cells near the viewport exist (80 notifications in all).
      expect(after.cells).toBeLessThanOrEqual(10);
    } finally {
      await page.close();
    }
  });
});
