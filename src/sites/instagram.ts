import type { IncomingItem, SiteAdapter } from './adapter';
import type { EditorKind } from '../messaging/protocol';
import {
  absoluteUrl,
  controlsLabelled,
  editorsMatching,
  isPlainEnter,
  itemText,
  nearestControls,
  replyingToHandle,
  incomingOf,
  ownRepliesOf,
  sameAccount,
  type ReadItem,
} from './dom';
import { editorRange, readEditorText } from './text';

/**
 * Instagram (www.instagram.com). Comments and replies are typed into one box in a `form` under
 * the post: a `<textarea>`, or a Lexical `contenteditable` in newer layouts. Reply either prefills
 * "@user " or shows a "Replying to user" line above the form. Captions in the create dialog and
 * direct messages are Lexical `contenteditable`s. Comments are identified by their permalink
 * `/p/<code>/c/<id>/` (`/r/<id>/` for replies) around a `<time datetime>`.
 */

const COMPOSER = 'form textarea, [contenteditable="true"][role="textbox"]';
const PROFILE_PATH = /^\/([\w.]+)\/?$/;
const COMMENT_PATH = /\/(?:p|reel|reels)\/([\w-]+)\/c\/(\d+)(?:\/r\/(\d+))?/;

const COMMENT_SEND_LABELS = ['Post', 'Posting', 'Kirim'];
const CAPTION_SEND_LABELS = ['Share', 'Bagikan'];
const MESSAGE_SEND_LABELS = ['Send', 'Kirim'];

function isCommentBox(editor: HTMLElement): boolean {
  return !location.pathname.startsWith('/direct/') && (editor instanceof HTMLTextAreaElement || editor.closest('form') !== null);
}

function kindOf(editor: HTMLElement): EditorKind {
  if (location.pathname.startsWith('/direct/')) return 'dm';
  if (isCommentBox(editor)) return replyTarget(editor) ? 'reply' : 'comment';
  return 'post';
}

/**
 * Who the comment box is answering: the "@user " that the Reply link puts at the start of the
 * draft, or a "Replying to user" line shown just above the form.
 */
function repliedHandle(editor: HTMLElement): string | undefined {
  const mention = /^@([\w.]+)\s/.exec(readEditorText(editor));
  return mention ? mention[1] : replyingToHandle(editor.closest('form'));
}

function replyTarget(editor: HTMLElement): IncomingItem | undefined {
  const handle = repliedHandle(editor)?.toLowerCase();
  if (!handle) return undefined;
  // The comment itself, not a reply under it: a reply to a reply is filed under the top comment.
  return incomingItems(document).find((item) => item.author?.toLowerCase() === handle);
}

/** The comment row: the largest ancestor of its permalink that holds no other comment's time. */
function rowOf(link: Element): Element {
  let row = link;
  while (row.parentElement && row.parentElement.querySelectorAll('time').length === 1) row = row.parentElement;
  return row;
}

function readComment(link: HTMLAnchorElement): IncomingItem | undefined {
  const match = COMMENT_PATH.exec(link.getAttribute('href') ?? '');
  const time = link.querySelector('time');
  if (!match || !time) return undefined;
  const row = rowOf(link);
  // The author is the profile link `/<user>/` (the avatar links there too), read from the href.
  const author = [...row.querySelectorAll<HTMLAnchorElement>('a[href]')]
    .map((a) => PROFILE_PATH.exec(a.getAttribute('href') ?? '')?.[1])
    .find((user) => user !== undefined);
  const body = [...row.querySelectorAll('span[dir="auto"]')].find(
    (span) => !span.closest('a, button, [role="button"], h2, h3') && !span.contains(time) && itemText(span) !== '',
  );
  return {
    id: match[3] ?? match[2]!,
    url: absoluteUrl(link.getAttribute('href') ?? ''),
    author,
    text: body ? itemText(body) : '',
    time: time.getAttribute('datetime') ?? undefined,
    threadId: match[1]!,
    kind: match[3] ? 'reply' : 'comment',
  };
}

/**
 * The signed-in account: the navigation's "Profil" link (`/<user>/`), which Instagram shows with
 * the account's picture on every page.
 */
function currentAccount(): string | undefined {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[href], [role="navigation"] a[href]')) {
    const user = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    const label = `${link.getAttribute('aria-label') ?? ''} ${link.textContent ?? ''}`.trim();
    if (user && /(?:^|\s)(?:Profil|Profile)$/i.test(label)) return user.toLowerCase();
  }
  return undefined;
}

/** Every comment on screen; a reply's permalink `/c/<comment>/r/<reply>/` names the comment it answers. */
function readComments(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  const read: ReadItem[] = [];
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href*="/c/"]')) {
    const item = readComment(link);
    if (!item) continue;
    const own = sameAccount(item.author, self);
    const parent = COMMENT_PATH.exec(link.getAttribute('href') ?? '')?.[2];
    read.push({ item, own, answers: own && item.kind === 'reply' ? parent : undefined });
  }
  return read;
}

function incomingItems(root: ParentNode): IncomingItem[] {
  return incomingOf(readComments(root));
}

export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  findEditors: (root) => editorsMatching(root, COMPOSER, kindOf),
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    const kind = kindOf(editor);
    if (kind === 'comment' || kind === 'reply') {
      const form = editor.closest('form');
      if (!form) return [];
      const submit = [...form.querySelectorAll<HTMLElement>('button[type="submit"]')];
      return submit.length > 0 ? submit : controlsLabelled(form, COMMENT_SEND_LABELS);
    }
    const labels = kind === 'dm' ? MESSAGE_SEND_LABELS : CAPTION_SEND_LABELS;
    return nearestControls(editor, (scope) => controlsLabelled(scope, labels), editor.closest('[role="dialog"]'));
  },
  isSubmitShortcut(event, editor) {
    // Comments and messages send on Enter; a caption takes new lines.
    return kindOf(editor) !== 'post' && isPlainEnter(event);
  },
  repliesTo(editor) {
    return isCommentBox(editor) ? replyTarget(editor) : undefined;
  },
  incomingItems,
  ownReplies: (root) => ownRepliesOf(readComments(root)),
  currentAccount,
};
