import { build } from 'esbuild';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Session } from './harness';

/**
 * Every composer kind on every platform's fixture page: Pilar attaches (its overlay appears) and
 * the popup names the platform and what the composer is for, as a supervisor sees it.
 */
interface Scenario {
  name: string;
  host: string;
  path: string;
  /** Brings the composer up; omitted when it is on the page from the start. */
  open?: string[];
  /** The line the popup shows for the tab: "<platform> — <kind>" in Indonesian. */
  popup: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'X post on the home timeline', host: 'x.com', path: '/home', popup: 'X — unggahan' },
  { name: 'X reply dialog from a timeline card', host: 'x.com', path: '/home', open: ['article[data-testid="tweet"] [data-testid="reply"]'], popup: 'X — balasan' },
  { name: 'X inline reply on a status page', host: 'x.com', path: '/pilar_id/status/1983000000000000001', popup: 'X — balasan' },
  { name: 'X post on twitter.com', host: 'twitter.com', path: '/home', popup: 'X — unggahan' },
  { name: 'Facebook comment under a post', host: 'www.facebook.com', path: '/', popup: 'Facebook — komentar' },
  {
    name: 'Facebook create-post dialog',
    host: 'www.facebook.com',
    path: '/',
    open: ['[role="region"] [role="button"][aria-label="Apa yang Anda pikirkan, Pemkot Pilar?"]'],
    popup: 'Facebook — unggahan',
  },
  { name: 'Facebook reply to a comment', host: 'www.facebook.com', path: '/', open: ['[role="article"] [role="button"][aria-label="Balas"]'], popup: 'Facebook — balasan' },
  { name: 'Facebook on web.facebook.com', host: 'web.facebook.com', path: '/', popup: 'Facebook — komentar' },
  { name: 'Business Suite composer', host: 'business.facebook.com', path: '/latest/composer', popup: 'Facebook — unggahan' },
  { name: 'Instagram comment', host: 'www.instagram.com', path: '/p/DBx7kLmPq2R/', popup: 'Instagram — komentar' },
  { name: 'Instagram reply to a comment', host: 'www.instagram.com', path: '/p/DBx7kLmPq2R/', open: ['.ig-comment [role="button"].ig-reply'], popup: 'Instagram — balasan' },
  { name: 'Instagram direct message', host: 'www.instagram.com', path: '/direct/t/340282366841710300949128114477762/', popup: 'Instagram — pesan langsung' },
  { name: 'LinkedIn comment', host: 'www.linkedin.com', path: '/feed/', popup: 'LinkedIn — komentar' },
  { name: 'LinkedIn share dialog', host: 'www.linkedin.com', path: '/feed/', open: ['button.share-box-feed-entry__trigger'], popup: 'LinkedIn — unggahan' },
  { name: 'LinkedIn reply to a comment', host: 'www.linkedin.com', path: '/feed/', open: ['article.comments-comment-entity button[aria-label^="Balas komentar"]'], popup: 'LinkedIn — balasan' },
  { name: 'YouTube comment', host: 'www.youtube.com', path: '/watch?v=pIlAr2026aB', open: ['#placeholder-area'], popup: 'YouTube — komentar' },
  { name: 'YouTube reply', host: 'www.youtube.com', path: '/watch?v=pIlAr2026aB', open: ['#reply-button-end button'], popup: 'YouTube — balasan' },
  {
    name: 'YouTube Studio reply',
    host: 'studio.youtube.com',
    path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox',
    open: ['#reply-button button'],
    popup: 'YouTube — balasan',
  },
  { name: 'TikTok comment', host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890123456', popup: 'TikTok — komentar' },
  { name: 'Threads new thread', host: 'www.threads.com', path: '/', open: ['.th-start-text'], popup: 'Threads — unggahan' },
  { name: 'Threads reply dialog', host: 'www.threads.com', path: '/', open: ['[data-pressable-container] [role="button"][aria-label="Balas"]'], popup: 'Threads — balasan' },
  { name: 'Threads on threads.net', host: 'www.threads.net', path: '/', open: ['.th-start-text'], popup: 'Threads — unggahan' },
];

/**
 * The popup's list lines, read from a freshly opened popup until `expected` is there: the attach
 * message may land after the popup asked (and Firefox reports no load event on a reload).
 */
async function popupLines(session: Session, expected: string): Promise<string[]> {
  let lines: string[] = [];
  for (let attempt = 0; attempt < 20 && !lines.includes(expected); attempt++) {
    const popup = await session.openExtensionPage('popup.html');
    try {
      // The list and the guard figures render together, once both answers are in.
      await popup.waitForSelector('main p', { timeout: 10_000 });
      lines = await popup.$$eval('li', (items) => items.map((li) => li.textContent ?? ''));
    } finally {
      await popup.close();
    }
  }
  return lines;
}

/**
 * Drafts typed into the real editor libraries of the fixture pages (Draft.js, Lexical, Quill, a
 * bare contenteditable, a textarea), read by the adapters running in the page itself: the text must
 * be what the editor's own model publishes, ranges must cover exactly the asked characters, and a
 * reply must name the item the page files it under.
 */
interface Draft {
  name: string;
  host: string;
  path: string;
  open?: string;
  editor: string;
  kind: 'post' | 'reply' | 'comment' | 'dm';
  /** Keys that start a new line without publishing. */
  newline: KeyInput[];
  /** A key chord that publishes, or a control to click. */
  publish: KeyInput[] | string;
  /** The page shows no id for its comments, so Pilar's id for them is its own. */
  noIdOnPage?: true;
}

const DRAFTS: Draft[] = [
  { name: 'X post (Draft.js)', host: 'x.com', path: '/home', editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', kind: 'post', newline: ['Enter'], publish: ['Control', 'Enter'] },
  {
    name: 'X reply dialog (Draft.js)',
    host: 'x.com',
    path: '/home',
    open: 'article[data-testid="tweet"] [data-testid="reply"]',
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    kind: 'reply',
    newline: ['Enter'],
    publish: ['Control', 'Enter'],
  },
  {
    name: 'Facebook reply (Lexical)',
    host: 'www.facebook.com',
    path: '/',
    open: '[role="article"] [role="button"][aria-label="Balas"]',
    editor: 'form [contenteditable="true"][aria-label^="Balas "]',
    kind: 'reply',
    newline: ['Shift', 'Enter'],
    publish: ['Enter'],
  },
  { name: 'Instagram reply (Lexical)', host: 'www.instagram.com', path: '/p/DBx7kLmPq2R/', open: '.ig-comment .ig-reply', editor: 'form [contenteditable="true"]', kind: 'reply', newline: ['Shift', 'Enter'], publish: ['Enter'] },
  {
    name: 'LinkedIn reply (Quill)',
    host: 'www.linkedin.com',
    path: '/feed/',
    open: 'article.comments-comment-entity button[aria-label^="Balas komentar"]',
    editor: '.comments-replies-list [contenteditable="true"]',
    kind: 'reply',
    newline: ['Enter'],
    publish: '.comments-replies-list button.comments-comment-box__submit-button',
  },
  {
    name: 'YouTube reply (contenteditable)',
    host: 'www.youtube.com',
    path: '/watch?v=pIlAr2026aB',
    open: '#reply-button-end button',
    editor: '#reply-dialog #contenteditable-root',
    kind: 'reply',
    newline: ['Shift', 'Enter'],
    publish: '#reply-dialog #submit-button button',
  },
  {
    name: 'YouTube Studio reply (textarea)',
    host: 'studio.youtube.com',
    path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox',
    open: '#reply-button button',
    editor: 'ytcp-commentbox textarea',
    kind: 'reply',
    newline: ['Enter'],
    publish: 'ytcp-commentbox #submit-button button',
    noIdOnPage: true,
  },
  { name: 'TikTok comment (Draft.js)', host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890123456', editor: '[data-e2e="comment-input"] [contenteditable="true"]', kind: 'comment', newline: ['Shift', 'Enter'], publish: ['Enter'] },
  {
    name: 'TikTok reply in the shared box (Draft.js)',
    host: 'www.tiktok.com',
    path: '/@pemkotpilar/video/7441234567890123456',
    open: '[data-e2e="comment-reply-1"]',
    editor: '[data-e2e="comment-input"] [contenteditable="true"]',
    kind: 'reply',
    newline: ['Shift', 'Enter'],
    publish: ['Enter'],
    noIdOnPage: true,
  },
  {
    name: 'Threads reply dialog (Lexical)',
    host: 'www.threads.com',
    path: '/',
    open: '[data-pressable-container] [role="button"][aria-label="Balas"]',
    editor: '[role="dialog"] [contenteditable="true"]',
    kind: 'reply',
    newline: ['Enter'],
    publish: ['Control', 'Enter'],
  },
];

const FIRST_LINE = 'Terima kasih atas laporannya';
const SECOND_LINE = 'petugas kami segera datang';

/** The adapters as one script for the page itself, so they read the live editors directly. */
async function adapterScript(): Promise<string> {
  const result = await build({ entryPoints: ['src/sites/index.ts'], bundle: true, format: 'iife', globalName: 'PilarSites', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

async function chord(page: Page, keys: KeyInput[]): Promise<void> {
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

interface Reading {
  kind?: string;
  text: string;
  range?: string;
  replyTo?: string;
}

/** What the page's adapter makes of the editor: its kind, text, a range over a word, the reply target. */
function readEditor(page: Page, selector: string, word: string): Promise<Reading> {
  return page.evaluate(
    (selector, word) => {
      type Sites = typeof import('../../src/sites');
      const { adapterForHost } = (window as unknown as { PilarSites: Sites }).PilarSites;
      const adapter = adapterForHost(location.hostname);
      const element = document.querySelector<HTMLElement>(selector)!;
      const text = adapter.readText(element);
      const start = text.indexOf(word);
      return {
        kind: adapter.findEditors(document).find((editor) => editor.element === element)?.kind,
        text,
        range: adapter.rangeFor(element, start, start + word.length)?.toString(),
        replyTo: adapter.repliesTo(element)?.id,
      };
    },
    selector,
    word,
  );
}

/** Pages with incoming items, and whether the platform shows exact times (`<time datetime>`). */
const INCOMING: { host: string; path: string; items: string; exactTimes: boolean; minimum: number }[] = [
  { host: 'x.com', path: '/home', items: 'article[data-testid="tweet"]', exactTimes: true, minimum: 3 },
  { host: 'www.facebook.com', path: '/', items: '[role="article"] a[href*="comment_id="]', exactTimes: false, minimum: 3 },
  { host: 'www.instagram.com', path: '/p/DBx7kLmPq2R/', items: 'a[href*="/c/"] time', exactTimes: true, minimum: 4 },
  { host: 'www.linkedin.com', path: '/feed/', items: 'article.comments-comment-entity', exactTimes: false, minimum: 2 },
  { host: 'www.youtube.com', path: '/watch?v=pIlAr2026aB', items: 'ytd-comment-view-model', exactTimes: false, minimum: 2 },
  { host: 'studio.youtube.com', path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox', items: 'ytcp-comment', exactTimes: false, minimum: 2 },
  { host: 'www.tiktok.com', path: '/@pemkotpilar/video/7441234567890123456', items: '[data-e2e="comment-level-1"]', exactTimes: false, minimum: 3 },
  { host: 'www.threads.com', path: '/', items: '[data-pressable-container]', exactTimes: true, minimum: 2 },
];

describe.each(BROWSERS)('site adapters in %s', (name) => {
  let session: Session;
  let script: string;
  beforeAll(async () => {
    [session, script] = await Promise.all([launch(name), adapterScript()]);
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(SCENARIOS)('$name', async ({ host, path, open = [], popup }) => {
    const page = await session.openSite(host, path);
    try {
      for (const selector of open) {
        await page.waitForSelector(selector, { visible: true, timeout: 15_000 });
        await page.click(selector);
      }
      await page.waitForSelector('pilar-overlay', { timeout: 15_000 });

      // The popup lists this tab (the only one open) with what its newest composer is for.
      expect(await popupLines(session, popup)).toContain(popup);
    } finally {
      await page.close();
    }
  });

  test.each(DRAFTS)('$name: text, ranges and reply target match the editor and the page', async ({ host, path, open, editor, kind, newline, publish, noIdOnPage }) => {
    const page = await session.openSite(host, path);
    try {
      if (open) {
        await page.waitForSelector(open, { visible: true, timeout: 15_000 });
        await page.click(open);
      }
      await page.waitForSelector(editor, { visible: true, timeout: 15_000 });
      await page.click(editor);
      await page.keyboard.type(FIRST_LINE);
      await chord(page, newline);
      await page.keyboard.type(SECOND_LINE);
      await page.addScriptTag({ content: script });

      const reading = await readEditor(page, editor, 'segera');
      expect(reading.kind).toBe(kind);
      expect(reading.text).toBe(`${FIRST_LINE}\n${SECOND_LINE}`);
      // A textarea has no DOM range; the overlay measures it another way.
      expect(reading.range).toBe(editor.endsWith('textarea') ? undefined : 'segera');

      const log = '#fixture-published-log [data-fixture-published]';
      const before = await page.$$eval(log, (items) => items.length);
      if (typeof publish === 'string') await page.click(publish);
      else await chord(page, publish);
      await page.waitForFunction((log, before) => document.querySelectorAll(log).length > before, { timeout: 15_000 }, log, before);
      const published = await page.$$eval(log, (items) => {
        const item = items.at(-1)!;
        return { text: item.textContent, replyTo: item.getAttribute('data-fixture-reply-to') ?? undefined, kind: item.getAttribute('data-fixture-kind') };
      });
      // The page publishes its editor model's text: the adapter read exactly that.
      expect(published.text).toBe(reading.text);
      if (published.kind === 'reply') {
        expect(reading.replyTo).toBeDefined();
        if (!noIdOnPage) expect(reading.replyTo).toBe(published.replyTo);
      }
    } finally {
      await page.close();
    }
  });

  test.each(INCOMING)('incoming items on $host: one per item, with author, text and permalink', async ({ host, path, items: rendered, exactTimes, minimum }) => {
    const page = await session.openSite(host, path);
    try {
      await page.waitForSelector(rendered, { timeout: 15_000 });
      await page.addScriptTag({ content: script });
      const items = await page.evaluate(() => {
        type Sites = typeof import('../../src/sites');
        const { adapterForHost } = (window as unknown as { PilarSites: Sites }).PilarSites;
        return adapterForHost(location.hostname).incomingItems(document);
      });
      expect(items.length).toBeGreaterThanOrEqual(minimum);
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const item of items) {
        expect(item.text).not.toBe('');
        expect(item.author).toBeTruthy();
        expect(item.url).toMatch(/^https:\/\//);
        // The platform's own ISO timestamp where it shows one; never a guess from "2 j".
        if (exactTimes) expect(item.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/);
        else expect(item.time).toBeUndefined();
      }
    } finally {
      await page.close();
    }
  });
});
