import type { Editor, SiteAdapter } from './adapter';
import { isEditorRoot, isModEnter } from './dom';
import { editorRange, readEditorText } from './text';

/**
 * Any other site the admin turns Pilar on for: every textarea and every contenteditable root is a
 * composer for a post. Nothing is known of the site's replies or items, so none are reported.
 */

const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** Boxes for a few characters (search, codes) are not drafts. */
function isDraftBox(element: HTMLElement): boolean {
  if (element instanceof HTMLTextAreaElement) return element.rows !== 1;
  return !['combobox', 'searchbox', 'spinbutton'].includes(element.getAttribute('role') ?? '');
}

export const genericAdapter: SiteAdapter = {
  platform: 'generic',
  findEditors(root) {
    const editors: Editor[] = [];
    for (const element of root.querySelectorAll<HTMLElement>(CANDIDATES)) {
      if (isEditorRoot(element) && isDraftBox(element)) editors.push({ element, kind: 'post' });
    }
    return editors;
  },
  readText: readEditorText,
  rangeFor: editorRange,
  submitButtons(editor) {
    const form = editor.closest('form');
    if (!form) return [];
    return [...form.querySelectorAll<HTMLElement>('button:not([type]), button[type="submit"], input[type="submit"]')];
  },
  isSubmitShortcut(event) {
    // Ctrl/Cmd+Enter is the usual "send" shortcut of web apps; where it sends nothing, a check costs nothing.
    return isModEnter(event);
  },
  repliesTo() {
    return undefined;
  },
  incomingItems() {
    return [];
  },
  ownReplies() {
    return [];
  },
  currentAccount() {
    return undefined;
  },
};
