/**
 * Puts a page's markup into the jsdom document (parsed, never assigned as HTML to a live element)
 * and sets the page URL, so adapters see what they would see on the real site.
 */
export function mount(markup: string, url = 'https://example.test/'): void {
  window.history.replaceState(null, '', new URL(url).pathname + new URL(url).search);
  const parsed = new DOMParser().parseFromString(`<body>${markup.trim().replace(/>\s+</g, '><')}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

/** Adds markup at the end of the page (a dialog portal opening, a reply box appearing). */
export function append(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup.trim().replace(/>\s+</g, '><')}</body>`, 'text/html');
  document.body.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

/** Like `mount` but keeps the markup's indentation, as server-rendered pages send it. */
export function mountIndented(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

export function $(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element;
}

export function key(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
}
