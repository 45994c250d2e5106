import type { Severity } from '../../checks/types';
import { h } from './dom';

export interface Span {
  range: Range;
  severity: Severity;
}

/** Words with no DOM range (a textarea's): their rects are asked for at each redraw. */
export interface BoxSpan {
  rects(): Iterable<DOMRectReadOnly>;
  severity: Severity;
}

export const HIGHLIGHT_NAMES: Record<Severity, string> = { block: 'pilar-block', warn: 'pilar-warn', info: 'pilar-info' };

// `::highlight()` must match the elements holding the text, so these rules live in the page's
// document; they style only our named highlights and nothing of the site.
const PAGE_STYLE = `
  ::highlight(pilar-block) { background-color: rgb(220 38 38 / 0.28); text-decoration: underline wavy #b91c1c 2px; }
  ::highlight(pilar-warn) { text-decoration: underline wavy #d97706 2px; }
  ::highlight(pilar-info) { text-decoration: underline dotted #2563eb 2px; }
`;

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

let shared: Record<Severity, Highlight> | undefined;

/** One named highlight per severity for the whole page; each composer adds and removes its own ranges. */
function sharedHighlights(): Record<Severity, Highlight> {
  if (!shared) {
    const style = document.createElement('style');
    style.dataset.pilarHighlights = '';
    style.textContent = PAGE_STYLE;
    document.head.append(style);
    shared = { block: new Highlight(), warn: new Highlight(), info: new Highlight() };
    // Blocks paint above warnings, warnings above hints.
    shared.block.priority = 2;
    shared.warn.priority = 1;
    for (const severity of ['block', 'warn', 'info'] as const) CSS.highlights.set(HIGHLIGHT_NAMES[severity], shared[severity]);
  }
  return shared;
}

/**
 * Marks findings' words without touching the editor: the CSS Custom Highlight API where the
 * browser has it (the browser paints with the text, so marks follow scrolling and reflow), else
 * boxes from `Range.getClientRects()` in our shadow root, redrawn on `reposition()`. Words in a
 * textarea have no range, so they are always boxes, from the rects their `BoxSpan` gives.
 */
export function createHighlighter(layer: ShadowRoot) {
  let spans: Span[] = [];
  let boxed: BoxSpan[] = [];
  let boxes: HTMLElement[] = [];
  const native = supported();

  const drawBoxes = () => {
    for (const box of boxes) box.remove();
    const marked: BoxSpan[] = native ? boxed : [...spans.map(({ range, severity }) => ({ rects: () => range.getClientRects(), severity })), ...boxed];
    boxes = marked.flatMap(({ rects, severity }) =>
      [...rects()].map((rect) =>
        h('div', {
          class: `box ${severity}`,
          style: `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`,
        }),
      ),
    );
    layer.append(...boxes);
  };

  const clear = () => {
    if (native) for (const { range, severity } of spans) sharedHighlights()[severity].delete(range);
    spans = [];
    boxed = [];
    drawBoxes();
  };

  return {
    paint(next: Span[], nextBoxed: BoxSpan[] = []) {
      clear();
      spans = next;
      boxed = nextBoxed;
      if (native) for (const { range, severity } of spans) sharedHighlights()[severity].add(range);
      if (!native || boxed.length > 0) drawBoxes();
    },
    reposition() {
      if ((!native && spans.length > 0) || boxed.length > 0 || boxes.length > 0) drawBoxes();
    },
    clear,
  };
}
