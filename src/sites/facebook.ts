import type { IncomingItem, SiteAdapter } from './adapter';
import type { EditorKind } from '../messaging/protocol';
import {
  absoluteUrl,
  CONTROL,
  controlsLabelled,
  editorsMatching,
  isPlainEnter,
  isRendered,
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
 * Facebook (www, web and business hosts). Every composer is a Lexical `contenteditable`
 * (`[data-lexical-editor]`), found by its `role=textbox` so that a box built otherwise still
 * counts: the create-post dialog on a profile or Page, the Business Suite composer, comment and
 * reply boxes (inside `form[role=presentation]`, under a post or inside a comment's
 * `[role=article]`), and Messenger. Facebook has no test ids and localises every label, so context
 * comes from structure and `comment_id` links; labels are a fallback.
 */

const COMPOSER = '[contenteditable="true"][role="textbox"]';
const COMMENT_LINK = 'a[href*="comment_id="]';
const COMMENT_FORM = 'form[role="presentation"]';

const COMMENT_BOX_LABELS = ['Comment as', 'Write a comment', 'Write a public comment', 'Komentari sebagai', 'Tulis komentar', 'Tulis komentar publik', 'Beri komentar sebagai'];
const REPLY_BOX_LABELS = ['Reply to', 'Reply as', 'Balas ke', 'Balas sebagai', 'Balas'];
const MESSAGE_BOX_LABELS = ['Message', 'Pesan', 'Tulis pesan', 'Kirim pesan'];
const POST_LABELS = ['Post', 'Posting', 'Next', 'Berikutnya', 'Selanjutnya', 'Publish', 'Publikasikan', 'Terbitkan', 'Share now', 'Bagikan sekarang', 'Schedule', 'Jadwalkan'];
// Not "Reply"/"Balas": those are also the links under each comment that open a reply box.
const COMMENT_SEND_LABELS = ['Comment', 'Post comment', 'Komentar', 'Komentari', 'Kirim komentar', 'Kirim balasan', 'Post', 'Posting', 'Kirim', 'Send', 'Press enter to send', 'Tekan enter untuk mengirim'];
const MESSAGE_SEND_LABELS = ['Send', 'Kirim', 'Press enter to send', 'Tekan enter untuk mengirim'];

function isMessenger(): boolean {
  return /^\/(messages|latest\/inbox)\b/.test(location.pathname);
}

/**
 * `comment_id` (or `reply_comment_id`) from a link, decoded from Facebook's base64 form; with
 * `parent`, always the `comment_id` (the comment a reply answers).
 */
function commentIdOf(href: string, parent = false): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(href, 'https://www.facebook.com').searchParams;
  } catch {
    return undefined;
  }
  const raw = (parent ? null : params.get('reply_comment_id')) ?? params.get('comment_id');
  if (!raw) return undefined;
  // `Y29tbWVudDo…` is base64 of `comment:<post>_<comment>`; plain numbers are used as they are.
  if (!/^\d+$/.test(raw)) {
    try {
      const decoded = atob(raw);
      const match = /^comment:[\d_]*?(\d+)$/.exec(decoded);
      if (match) return match[1];
    } catch {
      // not base64: keep the raw value
    }
  }
  return raw;
}

/** The links that belong to this article itself, not to a reply nested inside it. */
function ownLinks(article: Element): HTMLAnchorElement[] {
  return [...article.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.closest('[role="article"]') === article);
}

/** The comment's timestamp permalink: the `comment_id` link to the post, not to the author. */
function permalinkOf(article: Element): HTMLAnchorElement | undefined {
  const links = ownLinks(article).filter((a) => a.matches(COMMENT_LINK));
  return (
    links.find((a) => a.href.includes('reply_comment_id=')) ??
    links.find((a) => /\/(posts|videos|reel|photo|permalink\.php|story\.php)|[?&](story_fbid|fbid)=/.test(a.getAttribute('href') ?? '')) ??
    links.at(-1)
  );
}

/** The post a comment link points into: `/<page>/posts/<id>`, `story_fbid=`, `fbid=`, `/videos/<id>`. */
function postIdOf(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com');
  } catch {
    return undefined;
  }
  return (
    /\/(?:posts|videos|reel|permalink)\/([\w-]+)/.exec(url.pathname)?.[1] ??
    url.searchParams.get('story_fbid') ??
    url.searchParams.get('fbid') ??
    undefined
  );
}

/** An exact time where Facebook still prints one (`data-utime`, seconds since the epoch). */
function exactTime(article: Element): string | undefined {
  const stamp = [...article.querySelectorAll('[data-utime]')].find((el) => el.closest('[role="article"]') === article);
  const seconds = Number(stamp?.getAttribute('data-utime'));
  return stamp && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

function readComment(article: Element): IncomingItem | undefined {
  const permalink = permalinkOf(article);
  const href = permalink?.getAttribute('href') ?? '';
  const id = permalink && commentIdOf(href);
  if (!permalink || !id) return undefined;
  // The avatar link before the name is out of the tab order and hidden from screen readers.
  const author = ownLinks(article).find(
    (a) => a !== permalink && !a.matches('[tabindex="-1"], [aria-hidden="true"]') && (a.textContent ?? '').trim() !== '',
  );
  const body =
    [...article.querySelectorAll('span[lang], div[dir="auto"]')].find(
      (el) => el.closest('[role="article"]') === article && !el.closest('a') && itemText(el) !== '',
    ) ?? undefined;
  const time = exactTime(article);
  return {
    id,
    url: absoluteUrl(href),
    author: author ? itemText(author) : undefined,
    text: body ? itemText(body) : '',
    ...(time ? { time } : { relativeTime: timeLabel(permalink) }),
    threadId: postIdOf(href) ?? postIdOf(location.href) ?? id,
    kind: new URL(href, 'https://www.facebook.com').searchParams.has('reply_comment_id') ? 'reply' : 'comment',
  };
}

/**
 * The name the admin comments as: Facebook labels the comment box "Komentari sebagai <Page>" /
 * "Comment as <Page>" (and reply boxes "Balas sebagai …"). Lower-cased, as account keys are.
 */
function currentAccount(): string | undefined {
  for (const box of document.querySelectorAll(COMPOSER)) {
    const label = (box.getAttribute('aria-label') ?? '').trim();
    const match = /^(?:Komentari sebagai|Beri komentar sebagai|Balas sebagai|Comment as|Reply as)\s+(.+?)[.…]*$/i.exec(label);
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}

/** Every comment on screen (hidden copies last) with whether the account wrote it. */
function readComments(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  const found = comments(root);
  // Permalink pages keep hidden copies of comments: prefer the one on screen.
  const ordered = [...found.filter(({ article }) => isRendered(article)), ...found.filter(({ article }) => !isRendered(article))];
  return ordered.map(({ item }) => {
    const own = sameAccount(item.author, self);
    // A reply's permalink names the comment it answers (`comment_id`); a top comment answers the post.
    const answers = own && item.kind === 'reply' ? commentIdOf(item.url, true) : undefined;
    return { item, own, answers };
  });
}

function comments(root: ParentNode): { article: Element; item: IncomingItem }[] {
  const found: { article: Element; item: IncomingItem }[] = [];
  for (const article of root.querySelectorAll('[role="article"]')) {
    const item = readComment(article);
    if (item) found.push({ article, item });
  }
  return found;
}

function kindOf(editor: HTMLElement): EditorKind {
  // Messenger pages, and the chat windows Facebook opens over any page.
  if (isMessenger() || labelStartsWith(editor, MESSAGE_BOX_LABELS)) return 'dm';
  const article = editor.closest('[role="article"]');
  if ((article && readComment(article)) || labelStartsWith(editor, REPLY_BOX_LABELS)) return 'reply';
  if (editor.closest(COMMENT_FORM) || article || labelStartsWith(editor, COMMENT_BOX_LABELS)) return 'comment';
  return 'post';
}

/**
 * The comment a reply box answers: the comment article around it, or (when Facebook renders the
 * box after the thread) the nearest comment before it whose author the box's label names.
 */
function replyTarget(editor: HTMLElement): IncomingItem | undefined {
  const around = editor.closest('[role="article"]');
  const own = around && readComment(around);
  if (own) return own;
  const before = comments(document).filter(
    ({ article }) => article.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING && isRendered(article),
  );
  const label = (editor.getAttribute('aria-label') ?? '').toLowerCase();
  const named = before.filter(({ item }) => item.author && label.includes(item.author.toLowerCase()));
  return (named.at(-1) ?? before.at(-1))?.item;
}

/** Open dialogs other than the composer's own (Page posting continues in a "Post settings" dialog). */
function otherDialogs(editor: HTMLElement): Element[] {
  const own = editor.closest('[role="dialog"]');
  return [...document.querySelectorAll('[role="dialog"]')].filter((dialog) => dialog !== own && !dialog.contains(editor));
}

export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  findEditors: (root) => editorsMatching(root, COMPOSER, kindOf),
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    const kind = kindOf(editor);
    if (kind === 'post') {
      const boundary = editor.closest('[role="dialog"]');
      const own = nearestControls(editor, (scope) => controlsLabelled(scope, POST_LABELS), boundary);
      const later = otherDialogs(editor).flatMap((dialog) => controlsLabelled(dialog, ['Post', 'Posting', 'Publish', 'Publikasikan']));
      return [...own, ...later];
    }
    const form = editor.closest('form');
    // The send button's id is reused by every comment box on the page, so look only in this form.
    const focused = form?.querySelector<HTMLElement>('#focused-state-composer-submit');
    if (focused) {
      const inner = [...focused.querySelectorAll<HTMLElement>(CONTROL)];
      return inner.length > 0 ? inner : [focused];
    }
    const labels = kind === 'dm' ? MESSAGE_SEND_LABELS : COMMENT_SEND_LABELS;
    return nearestControls(editor, (scope) => controlsLabelled(scope, labels), form ?? editor.closest('[role="article"], [role="dialog"]'));
  },
  isSubmitShortcut(event, editor) {
    // Comments, replies and chats send on Enter (Shift+Enter is a new line); a post never does.
    return kindOf(editor) !== 'post' && isPlainEnter(event);
  },
  repliesTo(editor) {
    return kindOf(editor) === 'reply' ? replyTarget(editor) : undefined;
  },
  incomingItems: (root) => incomingOf(readComments(root)),
  ownReplies: (root) => ownRepliesOf(readComments(root)),
  currentAccount,
};
