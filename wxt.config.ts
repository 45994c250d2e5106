import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './src/sites/platforms';

const ANY_HTTPS_SITE = 'https://*/*';

/**
 * zod probes for `new Function` to decide whether to compile fast parsers. Extension pages forbid
 * eval by their CSP, so the probe can only fail (and reports a CSP violation when it does);
 * answering "no" at build time keeps the Function constructor out of every bundle (RS-01).
 */
const zodWithoutEvalProbe: Plugin = {
  name: 'pilar:zod-without-eval-probe',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return undefined;
    const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
    if (!probe.test(code)) throw new Error('zod changed its eval probe: update pilar:zod-without-eval-probe');
    return { code: code.replace(probe, 'return false;'), map: null };
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({ plugins: [zodWithoutEvalProbe] }),
  // Firefox keeps full MV2 support: host permissions granted at install on every ESR,
  // and an event page instead of a service worker. See README "Firefox".
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    action: { default_title: '__MSG_extActionTitle__' },
    // scripting: run the compose script on sites the admin turns Pilar on for; activeTab: the popup
    // learns the current tab's site only when the admin opens it there.
    // alarms: the team config is fetched again every few hours, also after the worker slept, and
    // the daily retention pass.
    permissions: ['storage', 'scripting', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Chrome publishes enterprise policy for Pilar in storage.managed by this schema (RS-07).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    host_permissions: PLATFORM_MATCHES,
    // Any other https site, asked for one origin at a time and only when the admin asks.
    ...(browser === 'firefox' ? { optional_permissions: [ANY_HTTPS_SITE] } : { optional_host_permissions: [ANY_HTTPS_SITE] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pilar@pilar.id',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection declaration exists from Firefox for Android 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
