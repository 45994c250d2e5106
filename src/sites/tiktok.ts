import type { Editor, IncomingItem, SiteAdapter } from './adapter';
import type { EditorKind } from '../messaging/protocol';
import {
  contentId,
  controlsLabelled,
  incomingOf,
  isEditorRoot,
  isPlainEnter,
  itemText,
  nearestControls,
  ownRepliesOf,
  replyingToHandle,
  sameAccount,
  timeLabel,
  type ReadItem,
} from './dom';
import { editorRange, readEditorText } from './text';

/**
 * TikTok (www.tiktok.com). The comment box is a Draft.js editor inside
 * `[data-e2e="comment-input"]`; Reply under a comment opens such a box next to that comment, or
 * points the shared box at it with a "Membalas @user" line. Direct messages use
 * `[data-e2e^="message-input"]`; the upload page's caption is a Draft.js editor too. TikTok's
 * `data-e2e` attributes are its own test hooks and are stable. Comments carry no id or permalink
 * in the page, so they are identified by video, author and text.
 */

const EDITABLE = '[contenteditable="true"]';
const COMMENT_BOX = '[data-e2e="comment-input"]';
const MESSAGE_BOX = '[data-e2e^="message-input"]';
const COMMENT_ITEM = '[data-e2e="comment-item"]';
const COMMENT_TEXT = '[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]';
const UPLOAD_PATH = /^\/(tiktokstudio\/upload|creator-center\/upload|upload)/;

function kindOf(editor: HTMLElement): EditorKind {
  if (editor.closest(MESSAGE_BOX)) return 'dm';
  if (editor.closest(COMMENT_BOX)) return replyTarget(editor) ? 'reply' : 'comment';
  return 'post';
}

/**
 * The comment a box answers: the comment it was opened under, or the one named by the
 * "Membalas @user" line the shared bottom box shows after Reply.
 */
function replyTarget(editor: HTMLElement): IncomingItem | undefined {
  const box = editor.closest(COMMENT_BOX);
  const text = box?.closest(COMMENT_ITEM)?.querySelector(COMMENT_TEXT);
  if (text) return readComment(text);
  const handle = replyingToHandle(box)?.toLowerCase();
  return handle ? incomingItems(document).find((item) => item.author?.toLowerCase() === `@${handle}`) : undefined;
}

function incomingItems(root: ParentNode): IncomingItem[] {
  return incomingOf(readComments(root));
}

/** The signed-in account: the navigation's profile link (`/@user`). */
function currentAccount(): string | undefined {
  const href = document.querySelector('a[data-e2e="nav-profile"], [data-e2e="nav-profile"] a[href^="/@"]')?.getAttribute('href');
  const user = href && /^\/@([\w.]+)/.exec(href)?.[1];
  return user ? user.toLowerCase() : undefined;
}

/**
 * Every comment on screen. TikTok lists a comment's replies right after it, so an own
 * second-level comment answers the nearest first-level comment above it.
 */
function readComments(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  let top: IncomingItem | undefined;
  return [...root.querySelectorAll(COMMENT_TEXT)].map((text) => {
    const item = readComment(text);
    if (item.kind === 'comment') top = item;
    const own = sameAccount(item.author, self);
    return { item, own, answers: own && item.kind === 'reply' ? top?.id : undefined };
  });
}

function videoId(): string | undefined {
  return /\/video\/(\d+)/.exec(location.pathname)?.[1];
}

function readComment(text: Element): IncomingItem {
  // The author link sits in the same comment block as the text, before it.
  let block: Element = text;
  while (block.parentElement && !block.parentElement.querySelector('a[href^="/@"]')) block = block.parentElement;
  const link = block.parentElement?.querySelector<HTMLAnchorElement>('a[href^="/@"]');
  const author = link ? (link.getAttribute('href') ?? '').slice(1).split(/[/?]/)[0] : undefined;
  const body = itemText(text);
  const level = text.getAttribute('data-e2e') === 'comment-level-2' ? 2 : 1;
  const time = block.parentElement?.querySelector(`[data-e2e="comment-time-${level}"]`);
  const video = videoId() ?? location.pathname;
  return {
    id: contentId(video, author, body),
    url: location.href,
    author,
    text: body,
    relativeTime: timeLabel(time),
    threadId: video,
    kind: level === 2 ? 'reply' : 'comment',
  };
}

export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  findEditors(root) {
    const editors: Editor[] = [];
    const onUpload = UPLOAD_PATH.test(location.pathname);
    for (const element of root.querySelectorAll<HTMLElement>(EDITABLE)) {
      if (!isEditorRoot(element)) continue;
      if (!element.closest(`${COMMENT_BOX}, ${MESSAGE_BOX}`) && !(onUpload && element.matches('.public-DraftEditor-content, [role="textbox"]'))) continue;
      // One box serves comments and replies in turn, so its kind is read when asked, not once.
      editors.push({ element, get kind() { return kindOf(element); } });
    }
    return editors;
  },
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    switch (kindOf(editor)) {
      case 'dm':
        return nearestControls(editor, (scope) => [...scope.querySelectorAll<HTMLElement>('[data-e2e="message-send"]')]);
      case 'post':
        return nearestControls(editor, (scope) => controlsLabelled(scope, ['Post', 'Posting', 'Unggah', 'Publish', 'Publikasikan']));
      default:
        return nearestControls(editor, (scope) => [...scope.querySelectorAll<HTMLElement>('[data-e2e="comment-post"]')]);
    }
  },
  isSubmitShortcut(event, editor) {
    return kindOf(editor) !== 'post' && isPlainEnter(event);
  },
  repliesTo(editor) {
    return editor.closest(COMMENT_BOX) ? replyTarget(editor) : undefined;
  },
  incomingItems,
  ownReplies: (root) => ownRepliesOf(readComments(root)),
  currentAccount,
};
