import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PLATFORM_MATCHES } from '../../src/sites/platforms';

// RS-02: the built manifests ask for exactly what shipped features use. A new permission must be
// added here on purpose, with its reason in the README's permission table.
const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe('built manifests', () => {
  test('Chrome MV3 asks only for the permissions Pilar uses', () => {
    const manifest = read('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([...PLATFORM_MATCHES].sort());
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.side_panel.default_path).toBe('sidepanel.html');
  });

  test('Firefox MV2 asks for the same, with its add-on id and data-collection declaration', () => {
    const manifest = read('firefox-mv2');
    expect(manifest.manifest_version).toBe(2);
    const hosts = manifest.permissions.filter((p: string) => p.includes('://'));
    const apis = manifest.permissions.filter((p: string) => !p.includes('://'));
    expect(apis.sort()).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
    expect(hosts.sort()).toEqual([...PLATFORM_MATCHES].sort());
    expect(manifest.optional_permissions).toEqual(['https://*/*']);
    expect(manifest.browser_specific_settings.gecko.id).toBe('pilar@pilar.id');
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  });

  test.each(['chrome-mv3', 'firefox-mv2'])('%s names and describes itself through _locales', (dir) => {
    const manifest = read(dir);
    expect(manifest.default_locale).toBe('id');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    for (const locale of ['id', 'en']) {
      const messages = JSON.parse(readFileSync(`.output/${dir}/_locales/${locale}/messages.json`, 'utf8'));
      expect(messages.extName.message.length).toBeGreaterThan(0);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  test.each(['chrome-mv3', 'firefox-mv2'])('%s content script makes no network requests (RS-05)', (dir) => {
    const script = readFileSync(`.output/${dir}/content-scripts/compose.js`, 'utf8');
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket(', 'sendBeacon', 'EventSource(']) {
      expect(script, api).not.toContain(api);
    }
  });

  test.each(['chrome-mv3', 'firefox-mv2'])('%s has no code built from strings anywhere (RS-01)', (dir) => {
    const scripts = readdirSync(`.output/${dir}`, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    // A call of eval or of the Function constructor; `x.eval(`, `isAsyncFunction(` and a class
    // method named `eval(){…}` (re2js has one) are not.
    const stringCode = /\bnew Function\(|(?<![.\w$])Function\(["'`]|(?<![.\w$}])eval\(/;
    for (const file of scripts) {
      expect(readFileSync(join(`.output/${dir}`, file), 'utf8'), file).not.toMatch(stringCode);
    }
  });
});
