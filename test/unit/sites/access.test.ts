import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enabledSitePatterns, isEnabledSite, sitePattern, syncSiteScripts } from '../../../src/sites/access';

describe('turning Pilar on for other sites', () => {
  test('a site is asked for by its https origin; platforms, http and extension pages are not offered', () => {
    expect(sitePattern('https://portal.jakarta.go.id/berita/tulis?draft=1')).toBe('https://portal.jakarta.go.id/*');
    expect(sitePattern('https://x.com/home')).toBeUndefined();
    expect(sitePattern('https://studio.youtube.com/channel/UC1')).toBeUndefined();
    expect(sitePattern('http://intranet.go.id/')).toBeUndefined();
    expect(sitePattern('chrome-extension://abc/popup.html')).toBeUndefined();
    expect(sitePattern(undefined)).toBeUndefined();
    expect(sitePattern('not a url')).toBeUndefined();
  });

  test('content-script messages are accepted only from enabled sites', () => {
    const enabled = ['https://portal.jakarta.go.id/*'];
    expect(isEnabledSite('https://portal.jakarta.go.id/tulis', enabled)).toBe(true);
    expect(isEnabledSite('https://evil.example/tulis', enabled)).toBe(false);
    expect(isEnabledSite('https://sub.portal.jakarta.go.id/', enabled)).toBe(false);
  });

  describe('the registered content script follows the granted origins', () => {
    const registered: { id: string; matches?: string[] }[] = [];
    beforeEach(() => {
      registered.length = 0;
      fakeBrowser.reset();
      fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Pilar', version: '0', content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/compose.js'] }] });
      fakeBrowser.permissions.getAll = async () => ({ origins: ['https://x.com/*', 'https://portal.jakarta.go.id/*'], permissions: [] });
      Object.assign(fakeBrowser.scripting, {
        getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
        registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts)),
        updateContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
          for (const script of scripts) Object.assign(registered.find((s) => s.id === script.id)!, script);
        }),
        unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
          registered.splice(0, registered.length, ...registered.filter((s) => !ids.includes(s.id)));
        }),
      });
    });

    test('granted sites other than the platforms are the enabled ones', async () => {
      expect(await enabledSitePatterns()).toEqual(['https://portal.jakarta.go.id/*']);
    });

    test('register, widen, then drop the compose script as sites are turned on and off', async () => {
      await syncSiteScripts(['https://portal.jakarta.go.id/*']);
      expect(registered).toEqual([
        expect.objectContaining({ matches: ['https://portal.jakarta.go.id/*'], js: ['content-scripts/compose.js'], persistAcrossSessions: true }),
      ]);
      await syncSiteScripts(['https://portal.jakarta.go.id/*', 'https://ppid.bandung.go.id/*']);
      expect(registered).toHaveLength(1);
      expect(registered[0]?.matches).toEqual(['https://portal.jakarta.go.id/*', 'https://ppid.bandung.go.id/*']);
      await syncSiteScripts([]);
      expect(registered).toEqual([]);
    });
  });
});
