import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Session } from './harness';
import { COMPOSERS, submitNow, editorText, NIK, openComposer, outcomesSummary, publishedTexts, PUBLISHED, waitForBlockHighlight } from './composers';

const REASON = 'Nomor ini milik posko resmi, disetujui kepala dinas';

/** Focus moves into Pilar's dialog (in its closed shadow root) when a submit is held. */
const waitForHoldDialog = (page: Page) =>
  page.waitForFunction(() => document.activeElement?.localName === 'pilar-overlay', { timeout: 5_000 });

/** The published log once the page has settled: the fixture publishes synchronously on submit. */
async function settledPublished(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return publishedTexts(page);
}

describe.each(BROWSERS)('the Post guard in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(COMPOSERS)('$name', (composer) => {
    test.each([
      ['with the submit control', (page: Page) => page.click(composer.submit)],
      ['from the keyboard', (page: Page) => submitNow(page, composer)],
    ])('a clean draft publishes untouched, exactly once, %s', async (_how, submit) => {
      const page = await openComposer(session, composer);
      await page.keyboard.type('Selamat pagi, layanan kelurahan buka pukul 08.00 WIB.');
      await submit(page);
      await page.waitForSelector(PUBLISHED);
      expect(await settledPublished(page)).toEqual(['Selamat pagi, layanan kelurahan buka pukul 08.00 WIB.']);
      await page.close();
    });

    test('clicking Post with a NIK in the draft holds it and keeps the draft; Cancel leaves it unpublished', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`Data pelapor NIK ${NIK}`);
      await page.click(composer.submit);
      await waitForHoldDialog(page);
      expect(await settledPublished(page)).toEqual([]);
      expect(await editorText(page, composer)).toBe(`Data pelapor NIK ${NIK}`);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.activeElement?.localName !== 'pilar-overlay');
      expect(await settledPublished(page)).toEqual([]);
      await page.close();
    });

    test('a submit right after typing the NIK is caught on the text of that moment', async () => {
      const page = await openComposer(session, composer);
      // No pause for the as-you-type check: the guard must check the draft itself.
      await page.keyboard.type(`NIK ${NIK}`);
      await submitNow(page, composer);
      await waitForHoldDialog(page);
      expect(await settledPublished(page)).toEqual([]);
      expect(await editorText(page, composer)).toBe(`NIK ${NIK}`);
      await page.close();
    });

    test("the dialog's Fix puts the selection on the NIK, so typing replaces it and the post then goes out", async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`Koordinator posko NIK ${NIK} siap membantu`);
      await page.click(composer.submit);
      await waitForHoldDialog(page);
      // Fix comes just before the reason box.
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.localName !== 'pilar-overlay');
      expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(NIK);
      await page.keyboard.type('(disamarkan)');
      expect(await editorText(page, composer)).toBe('Koordinator posko NIK (disamarkan) siap membantu');
      await page.click(composer.submit);
      await page.waitForSelector(PUBLISHED);
      expect(await settledPublished(page)).toEqual(['Koordinator posko NIK (disamarkan) siap membantu']);
      await page.close();
    });

    test('publishing anyway needs a written reason, publishes exactly once and is recorded with the reason', async () => {
      const before = await outcomesSummary(session);
      const page = await openComposer(session, composer);
      await page.keyboard.type(`Posko bantuan: NIK koordinator ${NIK}`);
      await waitForBlockHighlight(page, composer, NIK);
      await submitNow(page, composer);
      await waitForHoldDialog(page);
      // Focus starts in the reason box; then Cancel, then Publish anyway.
      await page.keyboard.type(REASON);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForSelector(PUBLISHED);
      expect(await settledPublished(page)).toEqual([`Posko bantuan: NIK koordinator ${NIK}`]);
      const after = await pollSummary(session, (summary) => summary.counts['published-over-block'] === before.counts['published-over-block']! + 1);
      expect(after.counts.held).toBe(before.counts.held! + 1);
      expect(after.overrides[0]).toMatchObject({ rules: ['classified.nik'], reason: REASON, platform: composer.platform, editorKind: composer.kind });
      await page.close();
    });

    test('the popup shows how often a block was published over', async () => {
      const popup = await session.openExtensionPage('popup.html');
      await popup.waitForFunction(() => /Diterbitkan meski diblokir: [1-9]/.test(document.body.textContent ?? ''), { timeout: 10_000 });
      await popup.close();
    });
  });
});

/** The background acknowledges after the write commits; the message itself is sent without waiting. */
async function pollSummary(session: Session, ready: (summary: Awaited<ReturnType<typeof outcomesSummary>>) => boolean) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const summary = await outcomesSummary(session);
    if (ready(summary)) return summary;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return outcomesSummary(session);
}
