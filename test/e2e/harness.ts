import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureHosts, startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.ts';
import { launchOptions, type BrowserName } from '../../scripts/browsers.ts';

/**
 * One real browser with the built extension loaded and the fixture pages served under the
 * platforms' real hostnames. Chromium and Firefox are driven through the same puppeteer API
 * (CDP for Chromium, WebDriver BiDi for Firefox).
 */
export interface Session {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionOrigin: string;
  /** Opens `https://<host><path>` from the fixture server. */
  openSite(host: string, path?: string): Promise<Page>;
  /** `https://<host><path>` as this browser reaches the fixture server. */
  siteUrl(host: string, path: string): string;
  server: FixtureServer;
  /** Opens one of the extension's own pages, e.g. `popup.html`. */
  openExtensionPage(file: string): Promise<Page>;
  /** The browser profile; `close({ keepProfile: true })` leaves it for a relaunch with `launch(name, { profile })`. */
  profile: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Firefox reports no load event for moz-extension:// pages over BiDi; callers wait for content. */
export const extensionPageLoad = (name: BrowserName) => ({ waitUntil: name === 'firefox' ? [] : ('load' as const) });

export async function launch(name: BrowserName, reuse: { profile?: string } = {}): Promise<Session> {
  const server = await startFixtureServer(0);
  const profile = reuse.profile ?? mkdtempSync(join(tmpdir(), `pilar-${name}-`));
  const options = launchOptions(name, {
    extensionDir: resolve(name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2'),
    hosts: fixtureHosts(),
    port: server.port,
    headless: true,
    profile,
  });
  const browser = await puppeteer.launch(options.puppeteer);
  let extensionOrigin: string;
  if (name === 'chromium') {
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'));
    // Node's URL has no origin for chrome-extension:, so cut it from the worker's URL by hand.
    extensionOrigin = worker.url().replace(/[^/]*$/, '');
  } else {
    await browser.installExtension(options.extensionDir);
    extensionOrigin = options.firefoxOrigin!;
  }

  const siteUrl = (host: string, path: string) => `https://${host}${options.sitePort ? `:${options.sitePort}` : ''}${path}`;

  return {
    name,
    browser,
    extensionOrigin,
    siteUrl,
    server,
    async openSite(host, path = '/') {
      const page = await browser.newPage();
      await page.goto(siteUrl(host, path), { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}${file}`, extensionPageLoad(name));
      return page;
    },
    profile,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      server.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
