import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { PLATFORM_MATCHES, platformOfUrl } from './platforms';

/**
 * Pilar on sites other than the seven platforms, with the generic adapter. The admin turns it on
 * for one site from the popup, which asks the browser for that origin only (an optional host
 * permission). The granted origins are the single source of truth: the background keeps one
 * registered content script whose matches are exactly those origins, so turning a site off is
 * revoking its permission, and the registration survives browser restarts.
 */

const SCRIPT_ID = 'pilar-enabled-sites';

/** The match pattern Pilar asks for on a page's site, or undefined where it cannot be turned on. */
export function sitePattern(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // The platforms are always on; other sites only over https (drafts are not typed into http pages of government accounts).
  if (parsed.protocol !== 'https:' || platformOfUrl(url) !== undefined) return undefined;
  return `${parsed.origin}/*`;
}

/** Origins the admin turned Pilar on for (the granted optional host permissions). */
export async function enabledSitePatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !PLATFORM_MATCHES.includes(origin) && sitePattern(origin.replace(/\/\*$/, '/')) !== undefined);
}

export interface TabSite {
  pattern: string;
  host: string;
  enabled: boolean;
}

/**
 * The site of the tab the popup was opened over, if Pilar can be turned on there (`activeTab`
 * lets the popup see that one tab's URL).
 */
export async function currentTabSite(): Promise<TabSite | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const pattern = sitePattern(tab?.url);
  if (!tab?.url || !pattern) return undefined;
  return { pattern, host: new URL(tab.url).host, enabled: await browser.permissions.contains({ origins: [pattern] }) };
}

/**
 * Asks for (or gives back) the site's permission; the background registers or drops the content
 * script when the permission changes. Must run in the click handler: browsers only show the
 * permission prompt for a user gesture.
 */
export async function setSiteEnabled(site: TabSite, enabled: boolean): Promise<boolean> {
  const permission = { origins: [site.pattern] };
  if (enabled) return browser.permissions.request(permission);
  return !(await browser.permissions.remove(permission));
}

/** Whether a page's URL is on a site the admin turned Pilar on for. */
export function isEnabledSite(url: string, patterns: readonly string[]): boolean {
  const pattern = sitePattern(url);
  return pattern !== undefined && patterns.includes(pattern);
}

/** The compose content script's files, as the manifest lists them for the platforms. */
function composeFiles(): { js: ScriptPublicPath[]; css?: string[] } {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  // The manifest's own entries, so they are files of this package by construction.
  return { js: (script?.js ?? []) as ScriptPublicPath[], ...(script?.css?.length ? { css: script.css } : {}) };
}

/** Makes the registered content script match the granted origins exactly. */
export async function syncSiteScripts(patterns: string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches: patterns, runAt: 'document_idle' as const, persistAcrossSessions: true, ...composeFiles() };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Starts Pilar in tabs already open on newly enabled sites, so no reload is needed. */
export async function startInOpenTabs(patterns: string[]): Promise<void> {
  if (patterns.length === 0) return;
  const { js } = composeFiles();
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: js }).catch(() => undefined);
  }
}
