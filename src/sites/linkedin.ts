import type { IncomingItem, SiteAdapter } from './adapter';
import type { EditorKind } from '../messaging/protocol';
import {
  absoluteUrl,
  controlsLabelled,
  editorsMatching,
  isPlainEnter,
  itemText,
  labelStartsWith,
  nearestControls,
  incomingOf,
  ownRepliesOf,
  sameAccount,
  timeLabel,
  type ReadItem,
} from './dom';
import { editorRange, readEditorText } from './text';

/**
 * LinkedIn (www.linkedin.com). The share box, comment and reply boxes and messaging are Quill
 * editors (`.ql-editor`, `role=textbox`). LinkedIn is moving pages to server-driven UI, where the
 * hooks become `data-view-name`, so both generations are recognised. Its BEM class names
 * (`comments-comment-box`, `share-actions__primary-action`) are readable and long-lived, unlike
 * hashed ones; labels are the last resort.
 */

const COMPOSER = '.ql-editor[contenteditable="true"], [contenteditable="true"][role="textbox"]';
const COMMENT_ITEM =
  'article.comments-comment-entity, article.comments-comment-item, [data-id^="urn:li:comment:"], [data-view-name="comment-container"]';
const COMMENT_BOX = '.comments-comment-box, .comments-comment-texteditor, [data-view-name*="comment-box"], form.comments-comment-box__form';
const MESSAGE_BOX = '.msg-form, [data-view-name*="messaging"]';

const COMMENT_BOX_LABELS = ['Add a comment', 'Tambahkan komentar', 'Add a reply', 'Tambahkan balasan', 'Reply', 'Balas'];
const POST_LABELS = ['Post', 'Posting', 'Kirim', 'Schedule', 'Jadwalkan'];
const COMMENT_SEND_LABELS = ['Comment', 'Komentar', 'Komentari', 'Reply', 'Balas', 'Post', 'Posting', 'Kirim'];
const MESSAGE_SEND_LABELS = ['Send', 'Kirim'];

function kindOf(editor: HTMLElement): EditorKind {
  if (editor.closest(MESSAGE_BOX) || location.pathname.startsWith('/messaging')) return 'dm';
  if (editor.closest(COMMENT_BOX) || labelStartsWith(editor, COMMENT_BOX_LABELS) || editor.matches('[data-placeholder*="comment" i], [data-placeholder*="komentar" i]')) {
    return editor.closest(`${COMMENT_ITEM}, .comments-replies-list`) ? 'reply' : 'comment';
  }
  return 'post';
}

/** `urn:li:comment:(activity:123,456)` → the URN, the activity id and the comment id (456). */
function commentUrn(element: Element): { urn: string; id: string; activity?: string } | undefined {
  const urn = element.getAttribute('data-id') ?? element.querySelector('[data-id^="urn:li:comment:"]')?.getAttribute('data-id');
  if (!urn?.startsWith('urn:li:comment:')) return undefined;
  return { urn, id: /,(\d+)\)$/.exec(urn)?.[1] ?? urn, activity: /activity:(\d+)/.exec(urn)?.[1] };
}

/** The first of `selectors`, in that order of preference, that belongs to this comment (not to a reply inside it). */
function ownFirst(element: Element, selectors: string[]): Element | undefined {
  for (const selector of selectors) {
    const found = [...element.querySelectorAll(selector)].find((el) => el.closest(COMMENT_ITEM) === element);
    if (found) return found;
  }
  // Markup where the comment's id sits on an inner element: its first match then.
  for (const selector of selectors) {
    const found = element.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

function readComment(element: Element): IncomingItem | undefined {
  const id = commentUrn(element);
  if (!id) return undefined;
  const name = ownFirst(element, ['.comments-post-meta__name-text', '.comments-comment-meta__description-title', 'a[href*="/in/"] span[aria-hidden="true"]']);
  const body = ownFirst(element, ['.comments-comment-item__main-content', '.comments-comment-item-content-body', '.update-components-text', '[data-view-name="comment-commentary"]']);
  const url = id.activity
    ? `https://www.linkedin.com/feed/update/urn:li:activity:${id.activity}/?commentUrn=${encodeURIComponent(id.urn)}`
    : absoluteUrl(location.pathname);
  // LinkedIn shows only a relative time ("2 j"), in the meta line's `<time>`.
  const time = [...element.querySelectorAll('time, .comments-comment-meta__data')].find((el) => el.closest(COMMENT_ITEM) === element);
  const pageActivity = /urn:li:activity:(\d+)/.exec(decodeURIComponent(location.pathname))?.[1];
  return {
    id: id.id,
    url,
    author: name ? itemText(name) : undefined,
    text: body ? itemText(body) : '',
    relativeTime: timeLabel(time),
    threadId: id.activity ?? pageActivity ?? id.id,
    kind: isReplyComment(element) ? 'reply' : 'comment',
  };
}

function isReplyComment(element: Element): boolean {
  return element.matches('.comments-comment-entity--reply') || element.parentElement?.closest(`${COMMENT_ITEM}, .comments-replies-list`) != null;
}

/**
 * The name the admin acts as: the actor picture of the comment box ("Berkomentar sebagai …" when
 * a Page admin switches actor), else the member photo in the global navigation.
 */
function currentAccount(): string | undefined {
  const photo = document.querySelector('.comments-comment-box__actor-image img[alt], img.global-nav__me-photo[alt]');
  const name = (photo?.getAttribute('alt') ?? '').replace(/^(Foto|Photo of|Foto profil)\s+/i, '').trim();
  return name === '' ? undefined : name.toLowerCase();
}

/** Every comment on screen; a reply sits inside the comment it answers. */
function readComments(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  const read: ReadItem[] = [];
  for (const element of root.querySelectorAll(COMMENT_ITEM)) {
    const item = readComment(element);
    if (!item) continue;
    const own = sameAccount(item.author, self);
    const parent = own && item.kind === 'reply' ? element.parentElement?.closest(COMMENT_ITEM) : undefined;
    read.push({ item, own, answers: parent ? commentUrn(parent)?.id : undefined });
  }
  return read;
}

/** The controls found by LinkedIn's class names, or else by their label. */
function byClassOrLabel(scope: Element, selector: string, labels: readonly string[]): HTMLElement[] {
  const byClass = [...scope.querySelectorAll<HTMLElement>(selector)];
  return byClass.length > 0 ? byClass : controlsLabelled(scope, labels);
}

export const linkedinAdapter: SiteAdapter = {
  platform: 'linkedin',
  findEditors: (root) => editorsMatching(root, COMPOSER, kindOf),
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    switch (kindOf(editor)) {
      case 'dm':
        return nearestControls(editor, (scope) => byClassOrLabel(scope, 'button.msg-form__send-button, button.msg-form__send-toggle', MESSAGE_SEND_LABELS), editor.closest(MESSAGE_BOX));
      case 'comment':
      case 'reply':
        return nearestControls(editor, (scope) => byClassOrLabel(scope, 'button[class*="comments-comment-box__submit-button"]', COMMENT_SEND_LABELS), editor.closest('form'));
      default:
        return nearestControls(editor, (scope) => byClassOrLabel(scope, 'button.share-actions__primary-action', POST_LABELS), editor.closest('[role="dialog"]'));
    }
  },
  isSubmitShortcut(event, editor) {
    // Messaging sends on Enter by default; in posts and comments Enter is a new line.
    return kindOf(editor) === 'dm' && isPlainEnter(event);
  },
  repliesTo(editor) {
    if (kindOf(editor) !== 'reply') return undefined;
    const item = editor.closest(COMMENT_ITEM);
    return item ? readComment(item) : undefined;
  },
  incomingItems: (root) => incomingOf(readComments(root)),
  ownReplies: (root) => ownRepliesOf(readComments(root)),
  currentAccount,
};
