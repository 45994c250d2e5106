import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { check } from '../../src/checks';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launch, type Session } from './harness';
import {
  chord,
  COMPOSERS,
  editorText,
  highlightBoxes,
  highlightOf,
  NIK,
  openComposer,
  publishedTexts,
  PUBLISHED,
  STUDIO_REPLY,
  textareaWordRects,
  unionOf,
  waitForBadgeBlocks,
  waitForBlockHighlight,
} from './composers';

const nikMask = () => {
  const finding = check(`NIK ${NIK}`).findings.find((f) => f.rule === 'classified.nik');
  if (!finding?.suggestion) throw new Error('the NIK rule offers no masked form');
  return finding.suggestion.replacement;
};

describe.each(BROWSERS)('check as you type in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(COMPOSERS)('$name', (composer) => {
    test('a NIK typed into the draft is highlighted over exactly its 16 digits and counted as a block', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`Mohon bantu warga dengan NIK ${NIK} segera`);
      await waitForBlockHighlight(page, composer, NIK);
      const { marked, expected } = await highlightOf(page, composer, 'block', NIK);
      expect(marked).toEqual([{ text: NIK, rects: expected }]);
      expect(expected.length).toBeGreaterThan(0);
      await waitForBadgeBlocks(page, 1);
      // Highlights are painted by the browser: the editor's own markup carries nothing of ours.
      expect(await page.$eval(composer.editor, (element) => element.querySelector('pilar-overlay, [data-pilar]'))).toBeNull();
      await page.close();
    });

    test('deleting the digits with Backspace clears the highlight and the count', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`Data pelapor ${NIK}`);
      await waitForBlockHighlight(page, composer, NIK);
      for (let i = 0; i < NIK.length; i++) await page.keyboard.press('Backspace');
      await waitForBlockHighlight(page, composer, undefined);
      await waitForBadgeBlocks(page, 0);
      expect(await editorText(page, composer)).toBe('Data pelapor ');
      await page.close();
    });

    test('the highlight stays on the digits when the page scrolls and the draft grows before them', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`NIK ${NIK} mohon dicek`);
      await waitForBlockHighlight(page, composer, NIK);
      await page.keyboard.press('Home');
      await page.keyboard.type('Halo, ');
      await page.evaluate(() => window.scrollBy(0, 40));
      await waitForBlockHighlight(page, composer, NIK);
      const { marked, expected } = await highlightOf(page, composer, 'block', NIK);
      expect(marked).toEqual([{ text: NIK, rects: expected }]);
      await page.close();
    });

    test('applying the fix masks the NIK in the editor model, and the editor keeps working (typing, new lines, undo)', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type('Baris pertama');
      await chord(page, composer.newline);
      await page.keyboard.type(`NIK ${NIK} mohon dicek`);
      await waitForBlockHighlight(page, composer, NIK);
      // The panel from the keyboard: Alt+Shift+P, then Tab past "close" to the NIK's Fix, Enter.
      await chord(page, ['Alt', 'Shift', 'KeyP']);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const masked = nikMask();
      await page.waitForFunction((selector, text) => (document.querySelector(selector) as HTMLElement).innerText.includes(text), {}, composer.editor, masked);
      await waitForBlockHighlight(page, composer, undefined);
      // The caret sits after the replacement: typing continues there.
      await page.keyboard.type(' ok');
      expect(await editorText(page, composer)).toBe(`Baris pertama\nNIK ${masked} ok mohon dicek`);
      await page.keyboard.press('Backspace');
      await page.keyboard.type('K');
      // Undo goes back through our edit in the editor's own history (Quill merges a second of
      // typing into one step, so there the whole draft goes at once), and editing goes on.
      for (let i = 0; i < 4 && (await editorText(page, composer)).includes(masked); i++) await chord(page, ['Control', 'z']);
      const undone = await editorText(page, composer);
      expect(undone).not.toContain(masked);
      if (undone !== '') {
        expect(undone).toContain(`NIK ${NIK}`);
        await waitForBlockHighlight(page, composer, NIK);
      }
      await page.keyboard.type('!');
      expect(await editorText(page, composer)).toContain('!');
      await page.close();
    });

    test('a fixed draft publishes the editor model text with the mask, once', async () => {
      const page = await openComposer(session, composer);
      await page.keyboard.type(`NIK ${NIK} mohon dicek`);
      await waitForBlockHighlight(page, composer, NIK);
      await chord(page, ['Alt', 'Shift', 'KeyP']);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitForBlockHighlight(page, composer, undefined);
      await page.keyboard.type(' ya');
      await page.click(composer.submit);
      await page.waitForSelector(PUBLISHED);
      expect(await publishedTexts(page)).toEqual([`NIK ${nikMask()} ya mohon dicek`]);
      await page.close();
    });
  });

  describe('a textarea composer (YouTube Studio reply)', () => {
    const composer = STUDIO_REPLY;
    const value = (page: Page) => page.$eval(composer.editor, (element) => (element as HTMLTextAreaElement).value);
    /** Waits until the block boxes' union sits on `words` within a pixel or two (or until there are none). */
    const waitForBoxesOn = async (page: Page, words: string | undefined) => {
      let last = '';
      for (let attempt = 0; attempt < 50; attempt++) {
        const boxes = await highlightBoxes(page, 'block');
        if (words === undefined) {
          if (boxes.length === 0) return;
          last = JSON.stringify(boxes);
        } else {
          const expected = await textareaWordRects(page, composer.editor, words);
          if (boxes.length > 0 && expected.length > 0) {
            const [got, want] = [unionOf(boxes), unionOf(expected)];
            if ((['left', 'top', 'right', 'bottom'] as const).every((side) => Math.abs(got[side] - want[side]) <= 2)) return;
          }
          last = JSON.stringify({ boxes, expected });
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the block boxes never matched ${words ?? 'nothing'} (last: ${last})`);
    };

    test('a NIK typed into the textarea is boxed over its digits, the boxes go with the digits, and the value is only ever the admin\'s', async () => {
      const page = await openComposer(session, composer);
      // A narrow box, whatever the thread's text: the NIK then starts a second line of its own.
      await page.$eval('ytcp-commentbox .textarea-container', (element) => ((element as HTMLElement).style.width = '280px'));
      const typed = `Mohon bantu warga dengan NIK ${NIK} segera`;
      await page.keyboard.type(typed);
      await waitForBoxesOn(page, NIK);
      await waitForBadgeBlocks(page, 1);
      expect(await value(page)).toBe(typed);
      // The boxes follow the text when the page scrolls and when the box widens and rewraps it
      // (no new check runs then: the same findings are laid out again).
      const before = unionOf(await highlightBoxes(page, 'block'));
      await page.evaluate(() => window.scrollBy(0, 40));
      await waitForBoxesOn(page, NIK);
      // Scrolled inside a one-line textarea: the boxes move with the text, and go where it is out of view.
      // The textarea is cut just above the NIK's line (it starts a line of its own at this width).
      const nikTop = (await textareaWordRects(page, composer.editor, NIK))[0]!.top;
      const scrollTo = (top: number) =>
        page.$eval(composer.editor, (element, y, bottom) => {
          const textarea = element as HTMLTextAreaElement;
          Object.assign(textarea.style, { boxSizing: 'border-box', height: `${bottom - textarea.getBoundingClientRect().top}px` });
          textarea.scrollTop = y;
        }, top, nikTop);
      await scrollTo(10_000);
      await waitForBoxesOn(page, NIK);
      await scrollTo(0);
      expect(await textareaWordRects(page, composer.editor, NIK)).toEqual([]);
      await waitForBoxesOn(page, undefined);
      await page.$eval(composer.editor, (element) => ((element as HTMLElement).style.height = ''));
      await page.$eval('ytcp-commentbox .textarea-container', (element) => ((element as HTMLElement).style.width = '640px'));
      await waitForBoxesOn(page, NIK);
      expect(unionOf(await highlightBoxes(page, 'block'))).not.toEqual(before);
      // The textarea holds nothing of ours, only what was typed.
      expect(await page.$eval(composer.editor, (element) => element.closest('pilar-overlay') === null && !element.hasAttribute('data-pilar'))).toBe(true);
      for (let i = 0; i < ' segera'.length; i++) await page.keyboard.press('Backspace');
      for (let i = 0; i < NIK.length; i++) await page.keyboard.press('Backspace');
      await waitForBoxesOn(page, undefined);
      await waitForBadgeBlocks(page, 0);
      expect(await value(page)).toBe('Mohon bantu warga dengan NIK ');
      await page.close();
    });
  });
});
