import { defineConfig } from 'wxt';
import { PLATFORM_MATCHES } from './src/sites/platforms';

const ANY_HTTPS_SITE = 'https://*/*';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // Firefox keeps full MV2 support: host permissions granted at install on every ESR,
  // and an event page instead of a service worker. See README "Firefox".
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    action: { default_title: '__MSG_extActionTitle__' },
    // scripting: run the compose script on sites the admin turns Pilar on for; activeTab: the popup
    // learns the current tab's site only when the admin opens it there.
    permissions: ['storage', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
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
          },
        }
      : {}),
  }),
});
