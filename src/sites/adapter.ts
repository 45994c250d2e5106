import type { EditorKind, Platform } from '../messaging/protocol';

/** A composer found on a page: the editable element and what it is for. */
export interface Editor {
  element: HTMLElement;
  kind: EditorKind;
}

/** All the DOM knowledge Pilar has of one site. */
export interface SiteAdapter {
  platform: Platform;
  /** Every composer currently in `root`, including those in dialogs opened later. */
  findEditors(root: ParentNode): Editor[];
}
