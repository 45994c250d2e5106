import type { Editor, IncomingItem, SiteAdapter } from './adapter';
import { absoluteUrl, closestDeep, contentId, isModEnter, itemText, queryDeep, uniqueById } from './dom';
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

/** `lc=<id>` from a comment's timestamp link (`<parent>.<reply>` for replies). */
function commentIdOf(comment: Element): { id: string; href: string } | undefined {
  for (const link of comment.querySelectorAll<HTMLAnchorElement>('[id="published-time-text"] a, .published-time-text a, a[href*="lc="]')) {
    const href = link.getAttribute('href') ?? '';
    const id = new URL(href, 'https://www.youtube.com').searchParams.get('lc');
    if (id) return { id, href };
  }
  return undefined;
}

function readComment(comment: Element): IncomingItem | undefined {
  const authorElement = comment.querySelector('[id="author-text"]');
  const textElement = comment.querySelector('[id="content-text"]');
  const author = authorElement ? itemText(authorElement) : undefined;
  const text = textElement ? itemText(textElement) : '';
  const found = commentIdOf(comment);
  if (found) return { id: found.id, url: absoluteUrl(found.href), author, text };
  // Studio rows may carry no `lc=` link; they are still one comment by one author on one video.
  if (!textElement) return undefined;
  return { id: contentId('youtube', author, text), url: location.href, author, text };
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
  incomingItems(root) {
    const items: IncomingItem[] = [];
    for (const comment of queryDeep(root, COMMENT)) {
      const item = readComment(comment);
      if (item) items.push(item);
    }
    return uniqueById(items);
  },
};
