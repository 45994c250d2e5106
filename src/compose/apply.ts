import type { SiteAdapter } from '../sites/adapter';

const isTextControl = (element: HTMLElement): element is HTMLTextAreaElement | HTMLInputElement =>
  element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;

// Draft.js and Lexical learn of a new DOM selection from `selectionchange`, which fires
// asynchronously; editing before it arrives would edit their old selection.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Selects `[start, end)` of the draft in the editor, caret and focus included, without scrolling
 * the page. Returns false if the draft no longer has those words there.
 */
export function selectSpan(adapter: SiteAdapter, editor: HTMLElement, start: number, end: number, expected?: string): boolean {
  if (expected !== undefined && adapter.readText(editor).slice(start, end) !== expected) return false;
  if (isTextControl(editor)) {
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = adapter.rangeFor(editor, start, end);
  const selection = document.getSelection();
  if (!range || !selection) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Replaces `[start, end)` of the draft with `replacement` through the editor's own input path, as
 * typing would: the editor (Draft.js, Lexical, Quill, a React textarea) updates its model, keeps
 * its undo history and stays editable. `execCommand('insertText')` fires the native
 * `beforeinput`/`input` pair these editors handle. Only textareas get a fallback, since writing
 * into a rich editor's DOM behind its back is what breaks it.
 */
export async function applyReplacement(
  adapter: SiteAdapter,
  editor: HTMLElement,
  start: number,
  end: number,
  expected: string,
  replacement: string,
): Promise<boolean> {
  if (!selectSpan(adapter, editor, start, end, expected)) return false;
  await nextTask();
  const done = replacement === '' ? document.execCommand('delete') : document.execCommand('insertText', false, replacement);
  if (done) return true;
  if (!isTextControl(editor)) return false;
  editor.setRangeText(replacement, start, end, 'end');
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
  return true;
}

/**
 * Types `text` at the caret through the editor's own input path (as a fix does), then selects the
 * first `{placeholder}` so the admin fills it by typing.
 */
export async function insertAtCaret(adapter: SiteAdapter, editor: HTMLElement, text: string): Promise<boolean> {
  await nextTask();
  const before = adapter.readText(editor);
  let done = document.execCommand('insertText', false, text);
  if (!done && isTextControl(editor)) {
    editor.setRangeText(text, editor.selectionStart ?? before.length, editor.selectionEnd ?? before.length, 'end');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    done = true;
  }
  if (!done) return false;
  const after = adapter.readText(editor);
  const inserted = after.indexOf(text);
  const placeholder = /\{[a-z_]+\}/.exec(text);
  if (inserted >= 0 && placeholder) {
    await nextTask();
    const start = inserted + placeholder.index;
    selectSpan(adapter, editor, start, start + placeholder[0].length, placeholder[0]);
  }
  return true;
}
