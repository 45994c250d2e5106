import type { EditorKind, Platform } from '../messaging/protocol';

/** A composer found on a page: the editable element and what it is for. */
export interface Editor {
  element: HTMLElement;
  kind: EditorKind;
}

/** An incoming mention, comment or reply seen on the page. */
export interface IncomingItem {
  /** Stable id from the item's permalink (e.g. the status id on X). */
  id: string;
  url: string;
  author?: string;
  text: string;
  /** The platform's own timestamp (ISO 8601) when the page shows one exactly. */
  time?: string;
}

/**
 * All the DOM knowledge Pilar has of one site. Everything else (overlay, guard, tracker) works
 * through these questions only.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Every composer currently in `root`, including those in dialogs opened later. */
  findEditors(root: ParentNode): Editor[];
  /** The draft as the admin sees it, paragraphs joined by `\n`; offsets of findings index into it. */
  readText(editor: HTMLElement): string;
  /** A DOM range over `[start, end)` of `readText(editor)`, for highlights and for applying fixes. */
  rangeFor(editor: HTMLElement, start: number, end: number): Range | undefined;
  /** The controls that publish this editor's draft. */
  submitButtons(editor: HTMLElement): HTMLElement[];
  /** Whether this key press publishes the draft (e.g. Ctrl/Cmd+Enter on X). */
  isSubmitShortcut(event: KeyboardEvent, editor: HTMLElement): boolean;
  /** The item a reply or comment composer answers, if any. */
  repliesTo(editor: HTMLElement): IncomingItem | undefined;
  /** Incoming items visible in `root`. */
  incomingItems(root: ParentNode): IncomingItem[];
}
