import type { EditorKind } from '../messaging/protocol';
import type { Editor, IncomingItem, OwnReply } from './adapter';

/**
 * DOM helpers shared by the site adapters: finding editable elements, reading labels in both UI
 * languages, locating the controls next to an editor, and reading incoming items.
 */

/** Control elements: real buttons and the `div[role=button]`s Meta and others use. */
export const CONTROL = 'button, [role="button"], input[type="submit"]';

function isEditableAttribute(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/**
 * Whether `element` is an editor: a textarea that takes typing, or the root of a contenteditable
 * region (not a paragraph inside one).
 */
export function isEditorRoot(element: Element): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) return !element.disabled && !element.readOnly;
  if (!(element instanceof HTMLElement) || !isEditableAttribute(element)) return false;
  const outer = element.parentElement?.closest('[contenteditable]');
  return !outer || !isEditableAttribute(outer);
}

/**
 * The editors among `selector`'s matches in `root`. The kind is read when asked, not once: one box
 * often serves comments and replies in turn, and a dialog can turn a post into a reply.
 */
export function editorsMatching(root: ParentNode, selector: string, kindOf: (element: HTMLElement) => EditorKind): Editor[] {
  return [...root.querySelectorAll(selector)].filter(isEditorRoot).map((element) => ({
    element,
    get kind() {
      return kindOf(element);
    },
  }));
}

/** `querySelectorAll` that also looks inside open shadow roots (YouTube Studio renders into them). */
export function queryDeep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  const walker = (root instanceof Document ? root : (root as Node).ownerDocument ?? document).createTreeWalker(
    root as Node,
    NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) found.push(...queryDeep<T>(shadow, selector));
  }
  return found;
}

/** `closest` that continues past shadow roots into their hosts. */
export function closestDeep(element: Element, selector: string): Element | null {
  for (let current: Element | null = element; current; ) {
    const match = current.closest(selector);
    if (match) return match;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function normalizeLabel(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[.…]+$/, '').trim().toLowerCase();
}

/** The name a control shows: its aria-label, else its text. */
function labelOf(element: Element): string {
  return normalizeLabel(element.getAttribute('aria-label') || element.textContent || '');
}

/** Whether the control's label is exactly one of `labels` (case and trailing ellipsis ignored). */
export function hasLabel(element: Element, labels: readonly string[]): boolean {
  const label = labelOf(element);
  return labels.some((candidate) => normalizeLabel(candidate) === label);
}

/** Whether the element's label starts with one of `prefixes` (e.g. "Reply to Warga B"). */
export function labelStartsWith(element: Element, prefixes: readonly string[]): boolean {
  const label = normalizeLabel(element.getAttribute('aria-label') || element.getAttribute('aria-placeholder') || element.getAttribute('placeholder') || '');
  return prefixes.some((prefix) => label.startsWith(normalizeLabel(prefix)));
}

/**
 * The matches of `select` in the nearest ancestor of `editor` that has any, looking no further
 * than `boundary`: the controls that belong to this composer, not to another one on the page.
 */
export function nearestControls(
  editor: Element,
  select: (scope: Element) => HTMLElement[],
  boundary?: Element | null,
): HTMLElement[] {
  for (let scope = editor.parentElement; scope; scope = scope.parentElement) {
    const found = select(scope);
    if (found.length > 0) return found;
    if (scope === boundary) break;
  }
  return [];
}

/** Controls in `scope` whose label is one of `labels`. */
export function controlsLabelled(scope: ParentNode, labels: readonly string[]): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(CONTROL)].filter((control) => hasLabel(control, labels));
}

function isEnter(event: KeyboardEvent): boolean {
  // An Enter that confirms an IME composition inserts text; it never submits.
  return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229;
}

/** Enter alone: submits comment boxes and chats on most sites (Shift+Enter is a new line). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return isEnter(event) && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Ctrl+Enter, or Cmd+Enter on macOS. */
export function isModEnter(event: KeyboardEvent): boolean {
  return isEnter(event) && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/** Whether the element is laid out (not inside a `display:none` copy the site keeps around). */
export function isRendered(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.hasAttribute('hidden') || getComputedStyle(current).display === 'none') return false;
  }
  return true;
}

/** Visible text of a post or comment: text nodes plus emoji images' `alt`, whitespace collapsed. */
export function itemText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) text += node.data;
    else if (node instanceof HTMLImageElement) text += node.alt;
    else if (node instanceof HTMLBRElement) text += '\n';
  }
  return text.replace(/[ \t\r\f]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

/** An absolute URL for an `href` on the page. */
export function absoluteUrl(href: string): string {
  try {
    return new URL(href, location.href).href;
  } catch {
    return href;
  }
}

/** Keeps the first item of each id (sites render the same item twice, and recycle nodes). */
export function uniqueById<T extends { id: string }>(items: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/**
 * An id for an item whose page gives it no permalink (TikTok comments, some Studio rows): a hash
 * of where it is and what it says, stable across re-renders and visits.
 */
export function contentId(...parts: (string | undefined)[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.map((part) => part ?? '').join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${hash.toString(36)}`;
}

const REPLYING_TO = /^(?:Membalas|Balas ke|Replying to|Reply to)\s+@?([\w.]+)/i;

/**
 * The handle in a "Membalas @user" / "Replying to @user" line shown just before `box` (or before
 * one of its near ancestors), as comment boxes that are reused for replies show.
 */
export function replyingToHandle(box: Element | null | undefined): string | undefined {
  for (let anchor = box, depth = 0; anchor && depth < 3; anchor = anchor.parentElement, depth++) {
    for (let line = anchor.previousElementSibling, n = 0; line && n < 3; line = line.previousElementSibling, n++) {
      const match = REPLYING_TO.exec((line.textContent ?? '').trim());
      if (match) return match[1];
    }
  }
  return undefined;
}

/** One item card as an adapter reads it: by someone else, or by the account itself. */
export interface ReadItem {
  item: IncomingItem;
  own: boolean;
  /** For the account's own replies: the item answered, when the page shows it. */
  answers?: string;
}

/** The cards written by others, once each. */
export function incomingOf(read: Iterable<ReadItem>): IncomingItem[] {
  return uniqueById([...read].filter((entry) => !entry.own).map((entry) => entry.item));
}

/** The account's own replies, once each; a reply whose target the page does not show is kept without it. */
export function ownRepliesOf(read: Iterable<ReadItem>): OwnReply[] {
  const replies = new Map<string, OwnReply>();
  for (const { item, own, answers } of read) {
    if (!own || replies.has(item.id)) continue;
    replies.set(item.id, {
      id: item.id,
      ...(answers !== undefined ? { answers } : {}),
      ...(item.time !== undefined ? { time: item.time } : {}),
      ...(item.relativeTime !== undefined ? { relativeTime: item.relativeTime } : {}),
    });
  }
  return [...replies.values()];
}

/** Whether two names or handles are the same account (case and a leading `@` ignored). */
export function sameAccount(a: string | undefined, b: string | undefined): boolean {
  const norm = (value: string) => value.trim().replace(/^@/, '').toLowerCase();
  return a !== undefined && b !== undefined && norm(a) !== '' && norm(a) === norm(b);
}

/** The text of a time label, whitespace collapsed, or undefined when empty. */
export function timeLabel(element: Element | null | undefined): string | undefined {
  const text = element ? itemText(element) : '';
  return text === '' ? undefined : text.slice(0, 64);
}
