import type { Editor, IncomingItem, SiteAdapter } from './adapter';
import { hasLabel, incomingOf, isModEnter, isPlainEnter, itemText, nearestControls, ownRepliesOf, timeLabel, type ReadItem } from './dom';
import { editorRange, readEditorText } from './text';

/**
 * X (x.com, twitter.com). Composers are Draft.js `contenteditable`s marked
 * `data-testid="tweetTextarea_N"` (N counts the posts of a thread); the narrow mobile layout puts a
 * `<textarea>` inside that element instead. Direct messages use `dmComposerTextInput`. Everything
 * is keyed on `data-testid`; the class names are generated.
 */

const COMPOSER = '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea';
const DM_COMPOSER = '[data-testid="dmComposerTextInput"][contenteditable="true"], textarea[data-testid="dmComposerTextInput"]';
const POST_BUTTON = 'button[data-testid="tweetButton"], button[data-testid="tweetButtonInline"]';
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,20})\/status\/(\d+)/;
const REPLY_LABELS = ['Reply', 'Balas', 'Balasan'];

function statusOf(href: string | null): { handle: string; id: string } | undefined {
  if (!href) return undefined;
  const match = STATUS_PATH.exec(new URL(href, 'https://x.com').pathname);
  return match ? { handle: match[1]!, id: match[2]! } : undefined;
}

/** Inside a quoted post (`div[role=link]`) within `container`. */
function inQuote(element: Element, container: Element): boolean {
  const quote = element.closest('div[role="link"]');
  return quote !== null && container.contains(quote) && quote !== container;
}

const REPLYING_TO = /^(?:Membalas|Replying to|Balasan untuk)\s/i;

/** The handle in the card's "Membalas @user" line, when it is a reply. */
function replyingTo(card: Element): string | undefined {
  for (const line of card.querySelectorAll('div')) {
    if (inQuote(line, card) || !REPLYING_TO.test((line.textContent ?? '').trim())) continue;
    const href = line.querySelector('a[href^="/"]')?.getAttribute('href');
    if (href) return href.slice(1).toLowerCase();
  }
  return undefined;
}

/** One post card: id and author from its own permalink (not a quoted post's), text, `<time>`. */
function readTweet(card: Element): IncomingItem | undefined {
  const time = [...card.querySelectorAll('a[href*="/status/"] time')].find((t) => !inQuote(t, card));
  const link = time?.closest('a');
  const status = statusOf(link?.getAttribute('href') ?? null);
  if (!time || !link || !status) return undefined;
  const text = [...card.querySelectorAll('[data-testid="tweetText"]')].find((t) => !inQuote(t, card));
  const exact = time.getAttribute('datetime') ?? undefined;
  // On a status page every card is part of the conversation in the URL; elsewhere X names none.
  const page = statusOf(location.pathname);
  return {
    id: status.id,
    url: `https://x.com/${status.handle}/status/${status.id}`,
    author: `@${status.handle}`,
    text: text ? itemText(text) : '',
    time: exact,
    ...(exact ? {} : { relativeTime: timeLabel(time) }),
    threadId: page?.id ?? status.id,
    kind: replyingTo(card) ? 'reply' : 'mention',
  };
}

/** The signed-in account's handle, from the side navigation's profile link. */
function ownHandle(): string | undefined {
  const href = document.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute('href');
  return href ? href.replace(/^\//, '').toLowerCase() : undefined;
}

/**
 * Every post card with whether the account wrote it. X lays a conversation out parent first, so
 * the account's reply answers the nearest card above it by the handle its "Membalas" line names.
 */
function readCards(root: ParentNode): ReadItem[] {
  const self = ownHandle();
  const read: ReadItem[] = [];
  for (const card of root.querySelectorAll('article[data-testid="tweet"]')) {
    const item = readTweet(card);
    if (!item) continue;
    const own = self !== undefined && item.author?.slice(1).toLowerCase() === self;
    if (!own) {
      read.push({ item, own });
      continue;
    }
    const target = replyingTo(card);
    const answered = target && read.findLast((entry) => !entry.own && entry.item.author?.slice(1).toLowerCase() === target);
    if (target) read.push({ item, own, answers: answered ? answered.item.id : undefined });
  }
  return read;
}

/** The text of the post being answered, shown above the composer (a quoted post sits below it). */
function replyPreview(dialog: Element, editor: HTMLElement): Element | undefined {
  return [...dialog.querySelectorAll('[data-testid="tweetText"]')].find(
    (t) => t.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

/**
 * The original post shown at the top of a reply dialog. X renders it without a permalink, so it
 * is matched by author and text against the cards still mounted under the dialog; a preview that
 * does carry a link is read directly.
 */
function dialogTarget(dialog: Element, editor: HTMLElement): IncomingItem | undefined {
  const previewText = replyPreview(dialog, editor);
  if (!previewText) return undefined;
  let preview: Element | null = previewText.parentElement;
  while (preview && preview !== dialog && !preview.querySelector('[data-testid="User-Name"]')) preview = preview.parentElement;
  if (preview) {
    const linked = readTweet(preview);
    if (linked) return linked;
  }
  const handleLink = preview?.querySelector('[data-testid="User-Name"] a[href^="/"]');
  const handle = handleLink?.getAttribute('href')?.slice(1).toLowerCase();
  const text = itemText(previewText);
  const candidates: IncomingItem[] = [];
  for (const card of document.querySelectorAll('article[data-testid="tweet"]')) {
    if (dialog.contains(card)) continue;
    const item = readTweet(card);
    if (item) candidates.push(item);
  }
  const byAuthor = candidates.filter((item) => !handle || item.author?.slice(1).toLowerCase() === handle);
  // A timeline card may show a post cut short ("Show more") where the preview shows more of it.
  const opening = (value: string) => value.slice(0, 40);
  return (
    byAuthor.find((item) => item.text === text) ??
    byAuthor.find((item) => item.text !== '' && opening(item.text) === opening(text)) ??
    (handle && byAuthor.length === 1 ? byAuthor[0] : undefined)
  );
}

/** On a status page, the focused post (the one in the URL) answered by the inline reply box. */
function focusedStatus(): IncomingItem | undefined {
  const status = statusOf(location.pathname);
  if (!status) return undefined;
  for (const card of document.querySelectorAll('article[data-testid="tweet"]')) {
    const item = readTweet(card);
    if (item?.id === status.id) return item;
  }
  return { id: status.id, url: `https://x.com/${status.handle}/status/${status.id}`, author: `@${status.handle}`, text: '', threadId: status.id, kind: 'reply' };
}

function postButtons(editor: HTMLElement): HTMLElement[] {
  return nearestControls(editor, (scope) => [...scope.querySelectorAll<HTMLElement>(POST_BUTTON)]);
}

function isDm(editor: HTMLElement): boolean {
  return editor.matches('[data-testid="dmComposerTextInput"]');
}

function isReply(editor: HTMLElement): boolean {
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) {
    return replyPreview(dialog, editor) !== undefined || postButtons(editor).some((button) => hasLabel(button, REPLY_LABELS));
  }
  if (editor.closest('[data-testid="inline_reply_offscreen"]')) return true;
  return STATUS_PATH.test(location.pathname);
}

export const xAdapter: SiteAdapter = {
  platform: 'x',
  findEditors(root) {
    const editors: Editor[] = [];
    for (const element of root.querySelectorAll<HTMLElement>(COMPOSER)) {
      editors.push({ element, kind: isReply(element) ? 'reply' : 'post' });
    }
    for (const element of root.querySelectorAll<HTMLElement>(DM_COMPOSER)) editors.push({ element, kind: 'dm' });
    return editors;
  },
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    if (isDm(editor)) {
      return nearestControls(editor, (scope) => [...scope.querySelectorAll<HTMLElement>('[data-testid="dmComposerSendButton"]')]);
    }
    return postButtons(editor);
  },
  isSubmitShortcut(event, editor) {
    // DMs send on Enter; posts and replies on Ctrl/Cmd+Enter (Enter is a new line there).
    return isDm(editor) ? isPlainEnter(event) : isModEnter(event);
  },
  repliesTo(editor) {
    if (isDm(editor)) return undefined;
    const dialog = editor.closest('[role="dialog"]');
    if (dialog) return dialogTarget(dialog, editor);
    return STATUS_PATH.test(location.pathname) || editor.closest('[data-testid="inline_reply_offscreen"]') ? focusedStatus() : undefined;
  },
  incomingItems: (root) => incomingOf(readCards(root)),
  ownReplies: (root) => ownRepliesOf(readCards(root)),
  currentAccount: ownHandle,
};
