import type { IncomingItem, SiteAdapter } from './adapter';
import {
  absoluteUrl,
  controlsLabelled,
  editorsMatching,
  isModEnter,
  itemText,
  nearestControls,
  incomingOf,
  ownRepliesOf,
  sameAccount,
  type ReadItem,
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
  const page = POST_PATH.exec(location.pathname);
  return {
    id: permalink.code,
    url: absoluteUrl(permalink.link.getAttribute('href') ?? ''),
    author: `@${permalink.handle}`,
    text: body ? itemText(body) : '',
    time: permalink.link.querySelector('time')?.getAttribute('datetime') ?? undefined,
    // On a post page every post below the first answers the conversation in the URL.
    threadId: page?.[2] ?? permalink.code,
    kind: (page && page[2] !== permalink.code) || repliesShown(post) ? 'reply' : 'mention',
  };
}

/** The handle in the "Membalas @user" line Threads puts over replies in activity lists. */
function replyingTo(post: Element): string | undefined {
  for (const line of post.querySelectorAll('span, div')) {
    const match = /^(?:Membalas|Replying to)\s@?([\w.]+)$/i.exec((line.textContent ?? '').trim());
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}

function repliesShown(post: Element): boolean {
  return replyingTo(post) !== undefined;
}

/** The signed-in account: the navigation's profile link (`/@user`). */
function currentAccount(): string | undefined {
  const href = document.querySelector('nav a[href^="/@"], [role="navigation"] a[href^="/@"]')?.getAttribute('href');
  const user = href && /^\/@([\w.]+)\/?$/.exec(href)?.[1];
  return user ? user.toLowerCase() : undefined;
}

/** Every post on screen; Threads lays a reply right under the post it answers. */
function readPosts(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  const read: ReadItem[] = [];
  for (const post of root.querySelectorAll(POST)) {
    const item = readPost(post);
    if (!item) continue;
    const own = sameAccount(item.author, self);
    if (!own) {
      read.push({ item, own });
      continue;
    }
    // The account's own post is a reply when it says so, or when it sits below a post page's root.
    const handle = replyingTo(post);
    if (!handle && item.kind !== 'reply') continue;
    const answered = read.findLast((entry) => !entry.own && (!handle || sameAccount(entry.item.author, handle)));
    read.push({ item, own, answers: answered?.item.id });
  }
  return read;
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
  return { id: page[2]!, url: absoluteUrl(location.pathname), author: `@${page[1]}`, text: '', threadId: page[2]!, kind: 'reply' };
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
  incomingItems: (root) => incomingOf(readPosts(root)),
  ownReplies: (root) => ownRepliesOf(readPosts(root)),
  currentAccount,
};
