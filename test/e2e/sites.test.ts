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

describe.each(BROWSERS)('site adapters in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
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
});
