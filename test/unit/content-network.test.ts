import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { bundleContentScript } from './helpers/content-bundle';

/**
 * RS-05: the content script makes no network request of its own. Two nets: every module its entry
 * reaches is linted with the network ban, and the bundle as shipped is searched for the ways a
 * script can make the page fetch something.
 */

/** Ways to reach the network from a script, as they appear in bundled code. */
export const NETWORK_PATTERNS: [string, RegExp][] = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\s*\(/],
  ['EventSource', /\bEventSource\s*\(/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['new Image()', /\bnew\s+Image\s*\(/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['location assignment', /\blocation(\.href)?\s*=(?!=)/],
  ['location.assign/replace', /\blocation\s*\.\s*(assign|replace)\s*\(/],
  ['window.open', /\bwindow\s*\.\s*open\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*["'`](https?:)?\/\//],
  ['element that loads a URL', /createElement\s*\(\s*["'`](script|link|img|iframe|object|embed|audio|video|source)["'`]/i],
  ['src/href set on an element', /\.(src|href|srcset|ping|poster)\s*=(?!=)/],
  ['src/href attribute', /setAttribute\s*\(\s*["'`](src|href|srcset|action|ping|poster)["'`]/],
];

describe('the content script and the network (RS-05)', () => {
  test('every module the content entry reaches is linted with the network ban', async () => {
    const result = await bundleContentScript();
    const ours = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules/'));
    expect(ours).toContain('src/guard/intercept.ts');
    const eslint = new ESLint();
    const unbanned: string[] = [];
    for (const path of ours) {
      const config = (await eslint.calculateConfigForFile(path)) as { rules?: Record<string, unknown> } | undefined;
      const rules = config?.rules ?? {};
      const on = (rule: string) => Array.isArray(rules[rule]) ? (rules[rule] as unknown[])[0] === 2 || (rules[rule] as unknown[])[0] === 'error' : false;
      if (!on('no-restricted-globals') || !on('no-restricted-syntax') || !on('no-restricted-properties')) unbanned.push(path);
    }
    expect(unbanned).toEqual([]);
  }, 60_000);

  test('the bundled content script, libraries included, has no way to reach the network', async () => {
    const result = await bundleContentScript();
    const code = result.outputFiles[0]!.text;
    const found = NETWORK_PATTERNS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
  }, 60_000);

  test('the scan sees each of those ways when they are there', () => {
    const samples = [
      'fetch("https://a.example/")', 'new XMLHttpRequest()', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u, d)',
      'new Image().src = u', 'importScripts(u)', 'location.href = u', 'location.assign(u)', 'window.open(u)', 'import("https://a.example/x.js")',
      'document.createElement("script")', 'link.href = u', 'img.setAttribute("src", u)',
    ];
    for (const sample of samples) expect(NETWORK_PATTERNS.some(([, pattern]) => pattern.test(sample)), sample).toBe(true);
    expect(NETWORK_PATTERNS.filter(([, pattern]) => pattern.test('if (location.href === u) history.pushState({}, "", u)'))).toEqual([]);
  });
});
