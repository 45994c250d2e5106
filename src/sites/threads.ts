import type { IncomingItem, SiteAdapter } from './adapter';
import {
  absoluteUrl,
  controlsLabelled,
  editorsMatching,
  isModEnter,
  itemText,
  nearestControls,
  uniqueById,
} from './dom';
import { editorRange, readEditorText } from './text';

/**
 * Threads (www.threads.com, formerly threads.net). Composers are Lexical `contenteditable`s
 * (`role=textbox`); "Add to thread" adds more of them to the same dialog, and replying opens the
 * dialog with the original post above the box. Posts are `[data-pressable-container]` blocks with
 * a `/@user/post/<code>` permalink around a `<time datetime>`; the code is the id.
 */

const COMPOSER = '[contenteditable="true"][role="textbox"]';
const POST = '[data-pressable-container="true"]';
const POST_PATH = /^\/@([\w.]+)\/post\/([\w-]+)/;
const SUBMIT_LABELS = ['Post', 'Posting', 'Reply', 'Balas', 'Kirim'];

function permalinkOf(post: Element): { link: HTMLAnchorElement; handle: string; code: string } | undefined {
  for (const link of post.querySelectorAll<HTMLAnchorElement>('a[href*="/post/"]')) {
    if (!link.querySelector('time')) continue;
    const match = POST_PATH.exec(new URL(link.getAttribute('href') ?? '', 'https://www.threads.com').pathname);
    if (match) return { link, handle: match[1]!, code: match[2]! };
  }
  return undefined;
}

function readPost(post: Element): IncomingItem | undefined {
  const permalink = permalinkOf(post);
  if (!permalink) return undefined;
  const body = [...post.querySelectorAll('span[dir="auto"], div[dir="auto"]')].find(
    (el) => !el.closest('a, button, [role="button"]') && !el.querySelector('time') && itemText(el) !== '',
  );
  return {
    id: permalink.code,
    url: absoluteUrl(permalink.link.getAttribute('href') ?? ''),
    author: `@${permalink.handle}`,
    text: body ? itemText(body) : '',
    time: permalink.link.querySelector('time')?.getAttribute('datetime') ?? undefined,
  };
}

/** The post being answered: shown above the box in the reply dialog, or the page's own post. */
function replyTarget(editor: HTMLElement): IncomingItem | undefined {
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) {
    const above = [...dialog.querySelectorAll(POST)].filter((post) => post.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING);
    return above.map(readPost).findLast((item) => item !== undefined);
  }
  const page = POST_PATH.exec(location.pathname);
  if (!page) return undefined;
  for (const post of document.querySelectorAll(POST)) {
    const item = readPost(post);
    if (item?.id === page[2]) return item;
  }
  return { id: page[2]!, url: absoluteUrl(location.pathname), author: `@${page[1]}`, text: '' };
}

export const threadsAdapter: SiteAdapter = {
  platform: 'threads',
  findEditors: (root) => editorsMatching(root, COMPOSER, (element) => (replyTarget(element) ? 'reply' : 'post')),
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    return nearestControls(editor, (scope) => controlsLabelled(scope, SUBMIT_LABELS), editor.closest('[role="dialog"]'));
  },
  isSubmitShortcut(event) {
    // Enter is a new line; Ctrl/Cmd+Enter posts.
    return isModEnter(event);
  },
  repliesTo: replyTarget,
  incomingItems(root) {
    const items: IncomingItem[] = [];
    for (const post of root.querySelectorAll(POST)) {
      const item = readPost(post);
      if (item) items.push(item);
    }
    return uniqueById(items);
  },
};
