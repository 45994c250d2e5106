/**
 * The draft text of an editor and the way back from text offsets to the DOM, shared by every
 * adapter. A textarea's text is its value. A `contenteditable` (Draft.js, Lexical, Quill or a plain
 * one) is walked node by node: one line per innermost block (`p`, `div`, Draft's `[data-block]` …),
 * lines joined by `\n`, a `<br>` inside a line is a line break, and the `<br>` an editor puts in an
 * empty line (or after a trailing line break) counts for nothing, as in the editors' own models.
 * The walk never writes to the editor.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** A piece of the text owned by one DOM node: a text node, or an atom (`<br>`, an emoji `<img>`). */
interface Segment {
  node: Node;
  start: number;
  length: number;
  atom: boolean;
}

interface Layout {
  text: string;
  segments: Segment[];
}

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export function isTextField(element: Element): element is TextField {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

function isBlock(node: Node): node is Element {
  return node instanceof Element && (BLOCK_TAGS.has(node.tagName) || node.hasAttribute('data-block'));
}

const FORMATTING = /^\s*\n\s*$/;

/**
 * Indentation between tags is source formatting, not text (server-rendered and hand-written markup
 * has it). The editors' own text leaves (`[data-text]`, `[data-lexical-text]`) are always text.
 */
function isSourceFormatting(node: Text): boolean {
  const parent = node.parentElement;
  if (!FORMATTING.test(node.data) || !parent || parent.hasAttribute('data-text') || parent.hasAttribute('data-lexical-text')) {
    return false;
  }
  const { previousSibling: previous, nextSibling: next } = node;
  return !previous || !next || isBlock(previous) || isBlock(next);
}

/** Whether `node` is followed by nothing that adds text before its line ends. */
function endsLine(node: Node, root: Element): boolean {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (isBlock(current)) return true;
    for (let next = current.nextSibling; next; next = next.nextSibling) {
      if (isBlock(next)) return true;
      const content = next.textContent ?? '';
      if (next instanceof Element && (next.tagName === 'BR' || next.tagName === 'IMG')) return false;
      if (content !== '' && !FORMATTING.test(content)) return false;
    }
  }
  return true;
}

function layout(root: Element): Layout {
  let text = '';
  const segments: Segment[] = [];
  // A line ended and the next text must start on a new one.
  let breakPending = false;

  const emit = (node: Node, value: string, atom: boolean) => {
    if (breakPending) {
      text += '\n';
      breakPending = false;
    }
    segments.push({ node, start: text.length, length: value.length, atom });
    text += value;
  };

  const walk = (node: Node): boolean => {
    let hasBlock = false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child instanceof Text) {
        // Quill's caret placeholder is a lone U+FEFF that is not part of the document.
        if (child.data === '' || /^\uFEFF+$/.test(child.data) || isSourceFormatting(child)) continue;
        emit(child, child.data, false);
      } else if (child instanceof Element) {
        if (SKIPPED_TAGS.has(child.tagName) || child.hasAttribute('hidden')) continue;
        if (child.tagName === 'BR') {
          if (!endsLine(child, root)) emit(child, '\n', true);
        } else if (child.tagName === 'IMG') {
          const alt = child.getAttribute('alt') ?? '';
          if (alt) emit(child, alt, true);
        } else if (isBlock(child)) {
          hasBlock = true;
          if (text.length > 0) breakPending = true;
          const before = text.length;
          const nested = walk(child);
          // An empty innermost block is an empty line: it still separates its neighbours.
          if (!nested && text.length === before && breakPending) text += '\n';
          breakPending ||= text.length > 0 || !nested;
        } else {
          hasBlock = walk(child) || hasBlock;
        }
      }
    }
    return hasBlock;
  };

  walk(root);
  return { text, segments };
}

/** The draft as the admin sees it, paragraphs joined by `\n`. */
export function readEditorText(editor: HTMLElement): string {
  return isTextField(editor) ? editor.value : layout(editor).text;
}

/** A point in the DOM: inside a text node, or just before or after an atom. */
type Boundary = { node: Node; offset: number } | { node: Node; edge: 'before' | 'after' };

function boundary(segments: Segment[], offset: number, side: 'start' | 'end'): Boundary | undefined {
  // A start prefers the segment that begins at the offset, an end the one that finishes there, so a
  // range never spills into the neighbouring node.
  const inside = (s: Segment) =>
    side === 'start' ? offset >= s.start && offset < s.start + s.length : offset > s.start && offset <= s.start + s.length;
  const segment = segments.find(inside);
  if (segment) {
    if (!segment.atom) return { node: segment.node, offset: offset - segment.start };
    return { node: segment.node, edge: offset === segment.start ? 'before' : 'after' };
  }
  // The offset falls on a line break between blocks, or on an empty line.
  if (side === 'start') {
    const next = segments.find((s) => s.start >= offset);
    if (next) return next.atom ? { node: next.node, edge: 'before' } : { node: next.node, offset: 0 };
  }
  const previous = segments.findLast((s) => s.start + s.length <= offset);
  if (previous) return previous.atom ? { node: previous.node, edge: 'after' } : { node: previous.node, offset: previous.length };
  return undefined;
}

function setBoundary(range: Range, which: 'start' | 'end', point: Boundary) {
  if ('offset' in point) {
    if (which === 'start') range.setStart(point.node, point.offset);
    else range.setEnd(point.node, point.offset);
  } else if (point.edge === 'before') {
    if (which === 'start') range.setStartBefore(point.node);
    else range.setEndBefore(point.node);
  } else if (which === 'start') range.setStartAfter(point.node);
  else range.setEndAfter(point.node);
}

/**
 * A range over `[start, end)` of `readEditorText(editor)`. Undefined for textareas (they have no
 * DOM inside) and for offsets outside the text.
 */
export function editorRange(editor: HTMLElement, start: number, end: number): Range | undefined {
  if (isTextField(editor)) return undefined;
  const { text, segments } = layout(editor);
  if (!(start >= 0 && end >= start && end <= text.length)) return undefined;
  const from = boundary(segments, start, 'start');
  const to = start === end ? from : boundary(segments, end, 'end');
  if (!from || !to) return undefined;
  const range = editor.ownerDocument.createRange();
  setBoundary(range, 'start', from);
  setBoundary(range, 'end', to);
  return range;
}
