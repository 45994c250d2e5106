import type { KeyInput, Page } from 'puppeteer-core';
import type { Session } from './harness';

/** A structurally valid NIK (DKI Jakarta, born 5 Aug 1990, female; see indonesian-formats.md). */
export const NIK = '3171014508900003';

/** One composer on a fixture page: how to reach it, type in it and publish it. */
export interface Composer {
  name: string;
  platform: string;
  /** The editor kind Pilar should recognise. */
  kind: 'post' | 'reply' | 'comment' | 'dm';
  host: string;
  path: string;
  editor: string;
  submit: string;
  /** The keys that publish from inside the editor, where the site has them. */
  shortcut?: KeyInput[];
  /** Keys for a new line that does not publish. */
  newline: KeyInput[];
  /** Steps after load that bring the composer up, if it is not on the page from the start. */
  open?(page: Page): Promise<void>;
}

const click = (selector: string) => async (page: Page) => {
  await page.waitForSelector(selector, { timeout: 15_000 });
  await page.click(selector);
};

export const COMPOSERS: Composer[] = [
  {
    name: 'X post',
    kind: 'post',
    platform: 'x',
    host: 'x.com',
    path: '/home',
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    shortcut: ['Control', 'Enter'],
    newline: ['Enter'],
  },
  {
    name: 'X reply (dialog)',
    kind: 'reply',
    platform: 'x',
    host: 'x.com',
    path: '/home',
    open: click('article[data-testid="tweet"] [data-testid="reply"]'),
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    submit: '[role="dialog"] [data-testid="tweetButton"]',
    shortcut: ['Control', 'Enter'],
    newline: ['Enter'],
  },
  {
    name: 'Facebook comment',
    kind: 'comment',
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    editor: '[contenteditable="true"][aria-label="Komentari sebagai Pemkot Pilar"]',
    submit: '[role="button"][aria-label="Komentar"]',
    shortcut: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'Facebook post (dialog)',
    kind: 'post',
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    open: click('[role="region"] [role="button"][aria-label="Apa yang Anda pikirkan, Pemkot Pilar?"]'),
    editor: '[role="dialog"] [contenteditable="true"]',
    submit: '[role="dialog"] [role="button"][aria-label="Posting"]',
    newline: ['Enter'],
  },
  {
    name: 'Facebook reply',
    kind: 'reply',
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    open: click('[role="article"] [role="button"][aria-label="Balas"]'),
    editor: '[contenteditable="true"][aria-label^="Balas "]',
    submit: '[role="article"] form [role="button"][aria-label="Komentar"]',
    shortcut: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'Instagram comment',
    kind: 'comment',
    platform: 'instagram',
    host: 'www.instagram.com',
    path: '/p/DBx7kLmPq2R/',
    editor: '[contenteditable="true"][aria-label="Tambahkan komentar…"]',
    submit: '.ig-post-button',
    shortcut: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'Instagram direct message',
    kind: 'dm',
    platform: 'instagram',
    host: 'www.instagram.com',
    path: '/direct/t/340282366841710300949128114477762/',
    editor: '[contenteditable="true"][aria-label="Pesan"]',
    submit: '.ig-post-button',
    shortcut: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'LinkedIn comment',
    kind: 'comment',
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/feed/',
    editor: '[contenteditable="true"][aria-label="Tambahkan komentar…"]',
    submit: 'button.comments-comment-box__submit-button',
    newline: ['Enter'],
  },
  {
    name: 'YouTube comment',
    kind: 'comment',
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/watch?v=pIlAr2026aB',
    open: click('#placeholder-area'),
    editor: '#contenteditable-root[contenteditable="true"]',
    submit: '#submit-button button',
    newline: ['Enter'],
  },
  {
    name: 'TikTok comment',
    kind: 'comment',
    platform: 'tiktok',
    host: 'www.tiktok.com',
    path: '/',
    editor: '[data-e2e="comment-input"] [contenteditable="true"]',
    submit: '[data-e2e="comment-post"]',
    shortcut: ['Enter'],
    newline: ['Shift', 'Enter'],
  },
  {
    name: 'Threads post (dialog)',
    kind: 'post',
    platform: 'threads',
    host: 'www.threads.com',
    path: '/',
    open: click('.th-start-text'),
    editor: '[role="dialog"] [contenteditable="true"]',
    submit: '[role="dialog"] .th-post-button',
    shortcut: ['Control', 'Enter'],
    newline: ['Enter'],
  },
];

/** Publishes from the keyboard where the site has a shortcut, else with the submit control. */
export async function submitNow(page: Page, composer: Composer): Promise<void> {
  if (composer.shortcut) await chord(page, composer.shortcut);
  else await page.click(composer.submit);
}

export const PUBLISHED = '#fixture-published-log [data-fixture-published]';

export async function openComposer(session: Session, composer: Composer): Promise<Page> {
  const page = await session.openSite(composer.host, composer.path);
  await composer.open?.(page);
  await page.waitForSelector(composer.editor, { timeout: 15_000 });
  // Pilar is attached once its overlay is there; our checks run from then on.
  await page.waitForSelector('pilar-overlay', { timeout: 15_000 });
  await page.click(composer.editor);
  return page;
}

/** Presses keys together (a chord such as Ctrl+Enter), releasing them in reverse order. */
export async function chord(page: Page, keys: KeyInput[]): Promise<void> {
  for (const key of keys) await page.keyboard.down(key);
  for (const key of [...keys].reverse()) await page.keyboard.up(key);
}

export async function publishedTexts(page: Page): Promise<string[]> {
  return page.$$eval(PUBLISHED, (items) => items.map((item) => item.textContent ?? ''));
}

/** The editor's text as the admin sees it, lines joined by one newline (paragraph margins aside). */
export async function editorText(page: Page, composer: Composer): Promise<string> {
  return page.$eval(composer.editor, (element) => (element as HTMLElement).innerText.replace(/\n+/g, '\n').replace(/\n$/, ''));
}

/**
 * The text and client rects of every range in Pilar's highlight of one severity, and, for
 * comparison, the rects of a fresh Range over the first occurrence of `words` in the editor.
 */
export async function highlightOf(page: Page, composer: Composer, severity: 'block' | 'warn' | 'info', words: string) {
  return page.evaluate(
    (selector, name, target) => {
      const rects = (range: Range) => [...range.getClientRects()].map((r) => [r.left, r.top, r.width, r.height].map(Math.round));
      const highlight = CSS.highlights.get(name) as Set<AbstractRange> | undefined;
      const ranges = [...(highlight ?? [])].filter((range): range is Range => range instanceof Range);
      const editor = document.querySelector(selector)!;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let expected: Range | undefined;
      for (let node = walker.nextNode(); node && !expected; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(target);
        if (at < 0) continue;
        expected = document.createRange();
        expected.setStart(node, at);
        expected.setEnd(node, at + target.length);
      }
      return {
        marked: ranges.filter((range) => editor.contains(range.commonAncestorContainer)).map((range) => ({ text: range.toString(), rects: rects(range) })),
        expected: expected ? rects(expected) : [],
      };
    },
    composer.editor,
    `pilar-${severity}`,
    words,
  );
}

/** Waits until the editor's block highlight is exactly `words` (or nothing, for `undefined`). */
export async function waitForBlockHighlight(page: Page, composer: Composer, words: string | undefined): Promise<void> {
  await page.waitForFunction(
    (selector, target) => {
      const highlight = CSS.highlights.get('pilar-block') as Set<AbstractRange> | undefined;
      const editor = document.querySelector(selector);
      const texts = [...(highlight ?? [])]
        .filter((range): range is Range => range instanceof Range && !!editor?.contains(range.commonAncestorContainer))
        .map((range) => range.toString());
      return target === null ? texts.length === 0 : texts.length === 1 && texts[0] === target;
    },
    { timeout: 5_000 },
    composer.editor,
    words ?? null,
  );
}

/** The guard's records, read the way the popup reads them. */
export async function outcomesSummary(session: Session) {
  const popup = await session.openExtensionPage('popup.html');
  await popup.waitForSelector('h1');
  const summary = await popup.evaluate(async () => {
    type Runtime = { sendMessage(message: unknown): Promise<unknown> };
    const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
    return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'outcomes/summary' });
  });
  await popup.close();
  return summary as { counts: Record<string, number>; overrides: Array<{ rules: string[]; reason: string; platform: string; editorKind: string }> };
}

const isChromium = (page: Page) => page.browser().process()?.spawnfile.includes('chrom') ?? false;

interface AxNode {
  name?: string;
  children?: AxNode[];
}

/** A DOM node as WebDriver BiDi serialises it (closed shadow roots included on request). */
interface BidiNode {
  sharedId?: string;
  value?: { attributes?: Record<string, string>; children?: BidiNode[]; shadowRoot?: BidiNode | null };
}

/**
 * The badges' accessible names ("Pilar: 1 blokir, …"). In Chromium they come from the
 * accessibility tree, which is how a screen reader meets our closed shadow root; Firefox's driver
 * has no such tree, so there they are read from the DOM serialised by WebDriver BiDi, which may
 * include closed shadow roots (page scripts still cannot reach them).
 */
export async function badgeNames(page: Page): Promise<string[]> {
  const names: string[] = [];
  const keep = (name: string | undefined) => {
    if (name?.startsWith('Pilar: ')) names.push(name);
  };
  if (isChromium(page)) {
    const walk = (node: AxNode | null | undefined) => {
      keep(node?.name);
      for (const child of node?.children ?? []) walk(child);
    };
    walk((await page.accessibility.snapshot()) as AxNode | null);
    return names;
  }
  const bidi = page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: { result: { value?: BidiNode[] } } }> } };
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await bidi.connection.send('script.evaluate', {
    expression: 'Array.from(document.querySelectorAll("pilar-overlay"))',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 30 },
  });
  const seen = new Set<string>();
  const walk = (node: BidiNode | null | undefined) => {
    // A serialised shadow root may point back at nodes already visited.
    if (!node?.sharedId || seen.has(node.sharedId)) return;
    seen.add(node.sharedId);
    keep(node.value?.attributes?.['aria-label']);
    for (const child of node?.value?.children ?? []) walk(child);
    walk(node?.value?.shadowRoot);
  };
  for (const host of result.result.value ?? []) walk(host);
  return names;
}

/** Waits until the page's badges count `blocks` blocking findings in all. */
export async function waitForBadgeBlocks(page: Page, blocks: number): Promise<void> {
  let names: string[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    names = await badgeNames(page);
    const total = names.reduce((sum, name) => sum + Number(/^Pilar: (\d+) blokir,/.exec(name)?.[1] ?? 0), 0);
    if (names.length > 0 && total === blocks) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the badges never showed ${blocks} blokir in all (last: ${JSON.stringify(names)})`);
}

/**
 * YouTube Studio's reply box: a plain `<textarea>`, so its findings are marked with boxes in
 * Pilar's shadow root rather than with the Highlight API.
 */
export const STUDIO_REPLY: Composer = {
  name: 'YouTube Studio reply (textarea)',
  kind: 'reply',
  platform: 'youtube',
  host: 'studio.youtube.com',
  path: '/channel/UCpIlAr0kOtA2026xYz1234/comments/inbox',
  open: click('ytcp-comment-thread #reply-button button'),
  editor: 'ytcp-commentbox textarea',
  submit: 'ytcp-commentbox #submit-button button',
  newline: ['Enter'],
};

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The attributes of every element inside Pilar's closed shadow roots. Page scripts cannot reach
 * them; the drivers can: Chromium's DOM domain pierces shadow roots, and WebDriver BiDi
 * serialises them on request.
 */
export async function overlayElements(page: Page): Promise<Array<Record<string, string>>> {
  const found: Array<Record<string, string>> = [];
  if (isChromium(page)) {
    const cdp = await page.createCDPSession();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    await cdp.detach();
    const walk = (node: CdpNode, inside: boolean) => {
      if (inside && node.attributes) {
        const attributes: Record<string, string> = {};
        for (let i = 0; i + 1 < node.attributes.length; i += 2) attributes[node.attributes[i]!] = node.attributes[i + 1]!;
        found.push(attributes);
      }
      for (const child of node.children ?? []) walk(child, inside);
      for (const shadow of node.shadowRoots ?? []) walk(shadow, inside || node.nodeName.toLowerCase() === 'pilar-overlay');
    };
    walk(root, false);
    return found;
  }
  const bidi = page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: { result: { value?: BidiNode[] } } }> } };
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await bidi.connection.send('script.evaluate', {
    expression: 'Array.from(document.querySelectorAll("pilar-overlay"))',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 30 },
  });
  const seen = new Set<string>();
  const walk = (node: BidiNode | null | undefined, inside: boolean) => {
    if (!node?.sharedId || seen.has(node.sharedId)) return;
    seen.add(node.sharedId);
    if (inside && node.value?.attributes) found.push(node.value.attributes);
    for (const child of node.value?.children ?? []) walk(child, inside);
    walk(node.value?.shadowRoot, true);
  };
  for (const host of result.result.value ?? []) walk(host, false);
  return found;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The viewport rects of Pilar's drawn highlight boxes of one severity. */
export async function highlightBoxes(page: Page, severity: 'block' | 'warn' | 'info'): Promise<Rect[]> {
  const px = (style: string, name: string) => Number(new RegExp(`(?:^|;)\\s*${name}:\\s*(-?[\\d.e+-]+)px`).exec(style)?.[1] ?? NaN);
  return (await overlayElements(page))
    .filter((attributes) => (attributes.class ?? '').split(/\s+/).includes('box') && (attributes.class ?? '').split(/\s+/).includes(severity))
    .map((attributes) => {
      const style = attributes.style ?? '';
      const left = px(style, 'left');
      const top = px(style, 'top');
      return { left, top, right: left + px(style, 'width'), bottom: top + px(style, 'height') };
    });
}

/**
 * Where `[start, end)` of a textarea's value is on screen, found the way a page would: a copy of
 * the textarea laid over it with all its computed styles, a range over the copy's text, less the
 * textarea's scroll, cut to what the textarea shows. Independent of Pilar's own mirror.
 */
export async function textareaWordRects(page: Page, selector: string, words: string): Promise<Rect[]> {
  return page.$eval(
    selector,
    (element, target) => {
      const textarea = element as HTMLTextAreaElement;
      const at = textarea.value.indexOf(target);
      if (at < 0) return [];
      const computed = getComputedStyle(textarea);
      const box = textarea.getBoundingClientRect();
      const copy = document.createElement('div');
      const placement = /^(position|inset|top|left|right|bottom|margin|height|block-size|min-|max-|overflow|visibility|transform|translate|display)/;
      for (const property of computed) if (!placement.test(property)) copy.style.setProperty(property, computed.getPropertyValue(property));
      Object.assign(copy.style, {
        position: 'fixed', left: `${box.left}px`, top: `${box.top}px`, margin: '0', height: 'auto', overflow: 'hidden',
        whiteSpace: 'pre-wrap', visibility: 'hidden', display: 'block', width: computed.width,
      });
      const text = document.createTextNode(textarea.value);
      copy.append(text);
      document.body.append(copy);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + target.length);
      // Seen through the textarea's client area only.
      const clip = { left: box.left + textarea.clientLeft, top: box.top + textarea.clientTop };
      const rects = [...range.getClientRects()]
        .map((r) => ({
          left: Math.max(r.left - textarea.scrollLeft, clip.left),
          top: Math.max(r.top - textarea.scrollTop, clip.top),
          right: Math.min(r.right - textarea.scrollLeft, clip.left + textarea.clientWidth),
          bottom: Math.min(r.bottom - textarea.scrollTop, clip.top + textarea.clientHeight),
        }))
        .filter((r) => r.right > r.left && r.bottom > r.top);
      copy.remove();
      return rects;
    },
    words,
  );
}

/** The smallest rect holding all of `rects`. */
export const unionOf = (rects: Rect[]): Rect =>
  rects.reduce((a, b) => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) }));
