import type { EditorKind, Platform } from '../messaging/protocol';

/** What an incoming item is on its platform (as the reply queue's rows name it). */
export type ItemKind = 'mention' | 'comment' | 'reply' | 'dm';

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
  /** The time label the page shows instead ("2 j", "kemarin"), sent raw and parsed by the background. */
  relativeTime?: string;
  /** The conversation it belongs to: the post commented on, the DM thread (else the item's own id). */
  threadId: string;
  kind: ItemKind;
}

/** A reply by the account the admin acts as, seen on the page. */
export interface OwnReply {
  /** From the reply's own permalink. */
  id: string;
  /** The item it answers, when the page shows that. */
  answers?: string;
  /** The platform's exact time (ISO 8601), when the page shows one. */
  time?: string;
  relativeTime?: string;
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
  /** Incoming items visible in `root`: written by others, never by the account itself. */
  incomingItems(root: ParentNode): IncomingItem[];
  /** Replies by the account itself visible in `root`. */
  ownReplies(root: ParentNode): OwnReply[];
  /** The account the admin acts as, as the page shows it (lower-case handle, name or channel id). */
  currentAccount(): string | undefined;
}
