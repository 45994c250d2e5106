import { describe, expect, test } from 'vitest';
import { editorRange, readEditorText } from '../../../src/sites/text';
import { mount, mountIndented } from './mount';

function editor(markup: string, compact = true): HTMLElement {
  // Compact markup is what the editors render; the indented form is what server-rendered pages send.
  if (compact) mount(markup);
  else mountIndented(markup);
  return document.querySelector<HTMLElement>('[contenteditable], textarea')!;
}

/** Every substring's range must cover exactly the characters `readEditorText` reports. */
function expectRoundTrip(element: HTMLElement) {
  const text = readEditorText(element);
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= text.length; end++) {
      const range = editorRange(element, start, end);
      const expected = text.slice(start, end).replaceAll('\n', '');
      expect(range?.toString().replaceAll('\n', ''), `[${start}, ${end})`).toBe(expected);
    }
  }
}

// Markup as the real editors render it (Draft.js 0.11 on X and TikTok, Lexical on Meta's sites, Quill on LinkedIn).
const DRAFT = `
<div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">
  <div data-contents="true">
    <div data-block="true" data-editor="e1" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0">
      <span data-offset-key="a-0-0"><span data-text="true">Halo </span></span><span data-offset-key="a-1-0"><span data-text="true">@warga_a</span></span><span data-offset-key="a-2-0"><span data-text="true"> jalan sudah</span></span>
    </div></div>
    <div data-block="true" data-editor="e1" data-offset-key="b-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="b-0-0">
      <span data-offset-key="b-0-0"><br data-text="true"></span>
    </div></div>
    <div data-block="true" data-editor="e1" data-offset-key="c-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="c-0-0">
      <span data-offset-key="c-0-0"><span data-text="true">diperbaiki. #Jakarta</span></span>
    </div></div>
  </div>
</div></div></div>`;

const LEXICAL = `
<div contenteditable="true" role="textbox" data-lexical-editor="true" spellcheck="true">
  <p class="xdj266r" dir="auto"><span data-lexical-text="true">Terima kasih </span><a href="/warga.b"><span data-lexical-text="true">Warga B</span></a></p>
  <p class="xdj266r"><br></p>
  <p class="xdj266r" dir="auto"><span data-lexical-text="true">Baris satu</span><br><span data-lexical-text="true">baris dua</span></p>
</div>`;

const QUILL = `
<div class="ql-editor" contenteditable="true" role="textbox" data-placeholder="Apa yang ingin Anda bicarakan?"><p>Pengumuman <strong>penting</strong>:</p><p><br></p><p>layanan buka</p></div>`;

describe('reading a draft and mapping offsets back to the DOM', () => {
  test('Draft.js blocks are lines; an empty block is an empty line', () => {
    const element = editor(DRAFT);
    expect(readEditorText(element)).toBe('Halo @warga_a jalan sudah\n\ndiperbaiki. #Jakarta');
    expectRoundTrip(element);
  });

  test('Lexical paragraphs, an empty paragraph and a line break inside a paragraph', () => {
    const element = editor(LEXICAL);
    expect(readEditorText(element)).toBe('Terima kasih Warga B\n\nBaris satu\nbaris dua');
    expectRoundTrip(element);
  });

  test('Quill paragraphs with formatting inside', () => {
    const element = editor(QUILL);
    expect(readEditorText(element)).toBe('Pengumuman penting:\n\nlayanan buka');
    expectRoundTrip(element);
  });

  test('a range spanning paragraphs starts and ends in the right text nodes', () => {
    const element = editor(LEXICAL);
    const text = readEditorText(element);
    const start = text.indexOf('Warga B');
    const end = text.indexOf('satu') + 'satu'.length;
    const range = editorRange(element, start, end)!;
    expect(range.startContainer.textContent).toBe('Warga B');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('Baris satu');
    expect(range.endOffset).toBe('Baris satu'.length);
  });

  test('indentation between tags is not text', () => {
    expect(readEditorText(editor(DRAFT, false))).toBe(readEditorText(editor(DRAFT)));
    expect(readEditorText(editor(LEXICAL, false))).toBe(readEditorText(editor(LEXICAL)));
  });

  test('an empty editor reads as empty text', () => {
    expect(readEditorText(editor('<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>'))).toBe('');
    expect(readEditorText(editor('<div contenteditable="true"><div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div></div>'))).toBe('');
  });

  test('two empty lines read as one line break', () => {
    expect(readEditorText(editor('<div contenteditable="true"><p><br></p><p><br></p></div>'))).toBe('\n');
  });

  test('a plain contenteditable with text before a div, as browsers create it', () => {
    const element = editor('<div contenteditable="true">Halo<div>dunia</div><div><br></div><div>lagi</div></div>');
    expect(readEditorText(element)).toBe('Halo\ndunia\n\nlagi');
    expectRoundTrip(element);
  });

  test('offsets outside the text give no range', () => {
    const element = editor(QUILL);
    expect(editorRange(element, 0, 999)).toBeUndefined();
    expect(editorRange(element, 5, 2)).toBeUndefined();
  });

  test('a textarea reads its value and has no range', () => {
    const element = editor('<textarea>Baris 1\nBaris 2</textarea>') as HTMLTextAreaElement;
    element.value = 'Diketik\nlagi';
    expect(readEditorText(element)).toBe('Diketik\nlagi');
    expect(editorRange(element, 0, 3)).toBeUndefined();
  });
});
