import { h } from './dom';

// What decides where a textarea's characters fall: copied onto the mirror so it wraps the same.
const COPIED = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'font-kerning',
  'font-feature-settings', 'font-variation-settings', 'font-size-adjust', 'letter-spacing', 'word-spacing',
  'line-height', 'text-transform', 'text-indent', 'text-align', 'direction', 'tab-size', 'overflow-wrap',
  'word-break', 'hyphens', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width', 'box-sizing',
] as const;

/**
 * Where the characters of a `<textarea>` are on screen. A textarea has no DOM range over its
 * text, so a hidden copy of it in our shadow root (same font, spacing, padding, borders and
 * width, `pre-wrap`, its value as one text node) wraps the text the same way, and a range over
 * the copy gives the rects, moved onto the textarea, less its scroll, and clipped to its box.
 * The textarea itself is only read.
 */
export function createTextareaMirror(layer: ShadowRoot, textarea: HTMLTextAreaElement) {
  const text = document.createTextNode('');
  const mirror = h('div', { class: 'mirror', 'aria-hidden': 'true' }, text);
  layer.append(mirror);

  /** Copies the textarea's current layout and text; once per frame is enough. */
  const sync = () => {
    const computed = getComputedStyle(textarea);
    for (const property of COPIED) mirror.style.setProperty(property, computed.getPropertyValue(property));
    // The width the text wraps in: the textarea's client width (no scrollbar) plus its borders.
    const borders = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const paddings = parseFloat(computed.paddingLeft) + parseFloat(computed.paddingRight);
    const width = computed.boxSizing === 'border-box' ? textarea.clientWidth + borders : textarea.clientWidth - paddings;
    mirror.style.width = `${Math.max(0, width)}px`;
    const value = textarea.value;
    if (text.data !== value) text.data = value;
  };

  return {
    sync,
    /** Viewport rects of `[start, end)` of the textarea's value, as laid out at the last `sync()`. */
    rects(start: number, end: number): DOMRect[] {
      const length = text.data.length;
      const from = Math.max(0, Math.min(start, length));
      const to = Math.max(from, Math.min(end, length));
      if (to === from) return [];
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      const origin = mirror.getBoundingClientRect();
      const box = textarea.getBoundingClientRect();
      const dx = box.left - origin.left - textarea.scrollLeft;
      const dy = box.top - origin.top - textarea.scrollTop;
      // The textarea's client area: inside its borders, without its scrollbar.
      const clipLeft = box.left + textarea.clientLeft;
      const clipTop = box.top + textarea.clientTop;
      const clipRight = clipLeft + textarea.clientWidth;
      const clipBottom = clipTop + textarea.clientHeight;
      const rects: DOMRect[] = [];
      for (const rect of range.getClientRects()) {
        const left = Math.max(rect.left + dx, clipLeft);
        const top = Math.max(rect.top + dy, clipTop);
        const right = Math.min(rect.right + dx, clipRight);
        const bottom = Math.min(rect.bottom + dy, clipBottom);
        if (right > left && bottom > top) rects.push(new DOMRect(left, top, right - left, bottom - top));
      }
      return rects;
    },
    remove() {
      mirror.remove();
    },
  };
}

export type TextareaMirror = ReturnType<typeof createTextareaMirror>;
