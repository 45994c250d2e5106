import type { Editor, IncomingItem, SiteAdapter } from './adapter';
import { absoluteUrl, closestDeep, contentId, incomingOf, isModEnter, itemText, ownRepliesOf, queryDeep, sameAccount, timeLabel, type ReadItem } from './dom';
import { editorRange, readEditorText } from './text';

/**
 * YouTube watch pages (www.youtube.com) and YouTube Studio (studio.youtube.com). On watch pages
 * the comment box is `ytd-commentbox` holding a plain `#contenteditable-root`; a reply box is the
 * same element mounted inside a comment thread. Studio replies in a `<textarea>` inside
 * `ytcp-commentbox`, partly rendered in shadow roots, so lookups here pierce open shadow roots.
 * Hooks are the custom element names and ids, which YouTube keeps across redesigns. Ids repeat
 * on the page (every comment has its own `#content-text`), so they are matched as attributes, not
 * with the `#id` shorthand that some engines answer from a page-wide id index.
 */

const COMPOSER = 'ytd-commentbox [id="contenteditable-root"][contenteditable="true"], ytcp-commentbox textarea';
const BOX = 'ytd-commentbox, ytcp-commentbox';
const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer, ytcp-comment';
const THREAD = 'ytd-comment-thread-renderer, ytcp-comment-thread';
/** The badge YouTube puts on the channel owner's own comments, on watch pages and in Studio. */
const CREATOR_BADGE = '[id="author-comment-badge"] ytd-author-comment-badge-renderer, ytcp-author-comment-badge';
const STUDIO_CHANNEL = /^\/channel\/(UC[\w-]+)/;

/** `lc=<id>` from a comment's timestamp link (`<parent>.<reply>` for replies). */
function commentIdOf(comment: Element): { id: string; href: string } | undefined {
  for (const link of comment.querySelectorAll<HTMLAnchorElement>('[id="published-time-text"] a, .published-time-text a, a[href*="lc="]')) {
    const href = link.getAttribute('href') ?? '';
    const id = new URL(href, 'https://www.youtube.com').searchParams.get('lc');
    if (id) return { id, href };
  }
  return undefined;
}

/** The video a comment belongs to: its `lc=` link's `v=`, a Studio row's video link, or the page's video. */
function videoOf(comment: Element, href: string | undefined): string {
  const fromLink = href ? new URL(href, 'https://www.youtube.com').searchParams.get('v') : null;
  if (fromLink) return fromLink;
  const thread = closestDeep(comment, THREAD) ?? comment;
  for (const link of queryDeep<HTMLAnchorElement>(thread, 'a[href*="/video/"], a[href*="watch?v="]')) {
    const url = new URL(link.getAttribute('href') ?? '', 'https://www.youtube.com');
    const id = url.searchParams.get('v') ?? /\/video\/([\w-]+)/.exec(url.pathname)?.[1];
    if (id) return id;
  }
  return new URL(location.href).searchParams.get('v') ?? location.pathname;
}

/** This comment's own child matching `selector`, not one of a reply nested inside it. */
function own(comment: Element, selector: string): Element | undefined {
  return [...comment.querySelectorAll(selector)].find((el) => closestDeep(el, COMMENT) === comment);
}

function readComment(comment: Element): IncomingItem | undefined {
  const authorElement = own(comment, '[id="author-text"]');
  const textElement = own(comment, '[id="content-text"]');
  const author = authorElement ? itemText(authorElement) : undefined;
  const text = textElement ? itemText(textElement) : '';
  const found = commentIdOf(comment);
  // YouTube shows relative times only ("2 jam yang lalu").
  const relativeTime = timeLabel(own(comment, '[id="published-time-text"], .published-time-text'));
  const isReplyRow = closestDeep(comment.parentElement ?? comment, COMMENT) !== null || comment.matches('.st-reply, [is-reply]');
  if (found) {
    return {
      id: found.id,
      url: absoluteUrl(found.href),
      author,
      text,
      relativeTime,
      threadId: videoOf(comment, found.href),
      kind: found.id.includes('.') || isReplyRow ? 'reply' : 'comment',
    };
  }
  // Studio rows may carry no `lc=` link; they are still one comment by one author on one video.
  if (!textElement) return undefined;
  const video = videoOf(comment, undefined);
  return { id: contentId('youtube', video, author, text), url: location.href, author, text, relativeTime, threadId: video, kind: isReplyRow ? 'reply' : 'comment' };
}

/**
 * The channel the admin acts as: in Studio, the channel in the URL; on a watch page, the video's
 * owner when the page shows the owner's own controls (the "Edit video" link into Studio).
 */
function currentAccount(): string | undefined {
  // Studio is its own app (`ytcp-app`) on its own host.
  if (location.hostname === 'studio.youtube.com' || document.querySelector('ytcp-app')) return STUDIO_CHANNEL.exec(location.pathname)?.[1];
  if (!document.querySelector('a[href*="studio.youtube.com/video/"]')) return undefined;
  const owner = document.querySelector('ytd-video-owner-renderer a[href^="/@"]')?.getAttribute('href');
  return owner ? owner.replace(/^\/@?/, '').toLowerCase() : undefined;
}

/** Every comment on screen; the owner's badge or handle marks the account's own, and `lc=<parent>.<reply>` names what it answers. */
function readComments(root: ParentNode): ReadItem[] {
  const self = currentAccount();
  const read: ReadItem[] = [];
  for (const comment of queryDeep(root, COMMENT)) {
    const item = readComment(comment);
    if (!item) continue;
    const mine = own(comment, CREATOR_BADGE) !== undefined || sameAccount(item.author, self);
    let answers: string | undefined;
    if (mine && item.kind === 'reply') {
      if (item.id.includes('.')) answers = item.id.split('.')[0];
      else {
        // A Studio reply answers the top comment of its thread.
        const top = closestDeep(comment, THREAD)?.querySelector(COMMENT);
        answers = top && top !== comment ? readComment(top)?.id : undefined;
      }
    }
    read.push({ item, own: mine, answers });
  }
  return read;
}

function isReply(editor: HTMLElement): boolean {
  return closestDeep(editor, THREAD) !== null || closestDeep(editor, COMMENT) !== null;
}

export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  findEditors(root) {
    const editors: Editor[] = [];
    for (const element of queryDeep(root, COMPOSER)) {
      editors.push({ element, kind: isReply(element) ? 'reply' : 'comment' });
    }
    return editors;
  },
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    const box = closestDeep(editor, BOX);
    if (!box) return [];
    const submit = queryDeep(box, '[id="submit-button"]');
    // `#submit-button` wraps the real `<button>` on watch pages; clicks land on either.
    return submit.flatMap((host) => {
      const inner = queryDeep(host, 'button');
      return inner.length > 0 ? inner : [host];
    });
  },
  isSubmitShortcut(event) {
    // Enter is a new line in YouTube's comment boxes; Ctrl/Cmd+Enter posts.
    return isModEnter(event);
  },
  repliesTo(editor) {
    // A reply box opens under the comment it answers; inside a thread without one, the thread's
    // top comment is the one answered.
    const comment = closestDeep(editor, COMMENT) ?? closestDeep(editor, THREAD)?.querySelector(COMMENT);
    return comment ? readComment(comment) : undefined;
  },
  incomingItems: (root) => incomingOf(readComments(root)),
  ownReplies: (root) => ownRepliesOf(readComments(root)),
  currentAccount,
};
