import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Session } from './harness';

describe.each(BROWSERS)('Pilar in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  // First, before any site page is opened: the reply queue is still empty in this new profile.
  test.each([
    ['sidepanel.html', 'Antrean balasan', 'Belum ada sebutan atau komentar'],
    ['options.html', 'Pengaturan Pilar', 'Aturan pemeriksaan tim Anda'],
  ])('%s opens and renders in Indonesian', async (file, heading, body) => {
    const page = await session.openExtensionPage(file);
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (el) => el.textContent)).toBe(heading);
    // The page's data comes from the background after the first paint.
    await page.waitForFunction((words: string) => document.querySelector('main')?.textContent?.includes(words), {}, body);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.close();
  });

  test('attaches to the composer on the X page served as https://x.com', async () => {
    const page = await session.openSite('x.com', '/home');
    const badge = await page.waitForSelector('pilar-overlay', { timeout: 15_000 });
    expect(badge).not.toBeNull();
    // The UI lives in a closed shadow root, out of reach of the page's own scripts.
    expect(await page.evaluate(() => document.querySelector('pilar-overlay')?.shadowRoot ?? null)).toBeNull();
    // Nothing of Pilar's goes inside the site's editor: Draft.js keeps the only say over its DOM.
    const editor = await page.$eval('[data-testid="tweetTextarea_0"]', (el) => ({
      text: el.textContent,
      foreign: el.querySelectorAll('pilar-overlay, [data-pilar], mark, style').length,
    }));
    expect(editor).toEqual({ text: '', foreign: 0 });
    await page.close();
  });

  test('the popup reports the attached composer in Indonesian', async () => {
    const site = await session.openSite('x.com', '/home');
    await site.waitForSelector('pilar-overlay');
    const popup = await session.openExtensionPage('popup.html');
    await popup.waitForSelector('li');
    const text = await popup.$eval('main', (el) => el.textContent ?? '');
    expect(text).toContain('Ringkasan Pilar');
    expect(text).toContain('Aktif di 1 penyunting');
    expect(text).toContain('X — unggahan');
    await Promise.all([popup.close(), site.close()]);
  });

  test('the background rejects messages of the wrong shape or from the wrong sender', async () => {
    const page = await session.openExtensionPage('popup.html');
    await page.waitForSelector('h1');
    const replies = await page.evaluate(async () => {
      type Runtime = { sendMessage(message: unknown): Promise<unknown> };
      const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
      const send = (message: unknown) => (scope.browser ?? scope.chrome).runtime.sendMessage(message);
      return {
        unknownType: await send({ type: 'records/delete-all' }),
        badField: await send({ type: 'compose/attached', platform: 'myspace', editorKind: 'post' }),
        extraField: await send({ type: 'status/get', admin: true }),
        // A content-script message from an extension page is refused even when well-formed.
        wrongSender: await send({ type: 'compose/attached', platform: 'x', editorKind: 'post' }),
        valid: await send({ type: 'status/get' }),
      };
    });
    expect(replies.unknownType).toEqual({ rejected: 'malformed' });
    expect(replies.badField).toEqual({ rejected: 'malformed' });
    expect(replies.extraField).toEqual({ rejected: 'malformed' });
    expect(replies.wrongSender).toEqual({ rejected: 'wrong-sender' });
    expect(replies.valid).toMatchObject({ version: expect.any(String) });
    await page.close();
  });
});
