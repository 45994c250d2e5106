// How Pilar's e2e tests and demo start a real browser with the built extension and the fixture
// hosts. Kept in one place so the demo a newcomer sees is the setup the tests prove.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

const FIREFOX_ID = 'pilar@pilar.id';
// A fixed internal UUID makes moz-extension:// URLs predictable for tests.
const FIREFOX_UUID = '6b7e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

export function findExecutable(name: BrowserName): string | undefined {
  const candidates = name === 'chromium'
    ? [process.env.PILAR_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium']
    : [process.env.PILAR_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => path && existsSync(path));
}

export interface LaunchSetup {
  extensionDir: string;
  hosts: string[];
  port: number;
  headless: boolean;
  profile: string;
}

export interface LaunchPlan {
  extensionDir: string;
  /** The port to put in site URLs; Chromium maps port 443 itself, Firefox needs it spelled out. */
  sitePort?: number;
  firefoxOrigin?: string;
  puppeteer: LaunchOptions;
}

export function launchOptions(name: BrowserName, { extensionDir, hosts, port, headless, profile }: LaunchSetup): LaunchPlan {
  const executablePath = findExecutable(name);
  if (!executablePath) {
    throw new Error(`${name} was not found. Install it (Debian: apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'}) or set PILAR_${name.toUpperCase()}.`);
  }
  if (name === 'chromium') {
    return {
      extensionDir,
      puppeteer: {
        browser: 'chrome' as const,
        executablePath,
        headless,
        userDataDir: profile,
        acceptInsecureCerts: true,
        enableExtensions: [extensionDir],
        pipe: true,
        // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE.
        env: { ...process.env, LANGUAGE: 'id', LC_ALL: 'id_ID.UTF-8', LANG: 'id_ID.UTF-8' },
        defaultViewport: { width: 1280, height: 800 },
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--lang=id',
          '--ignore-certificate-errors',
          `--host-resolver-rules=${hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(', ')}`,
        ],
      },
    };
  }
  return {
    extensionDir,
    // Firefox resolves the hosts to localhost but keeps the URL's port.
    sitePort: port === 443 ? undefined : port,
    firefoxOrigin: `moz-extension://${FIREFOX_UUID}/`,
    puppeteer: {
      browser: 'firefox' as const,
      executablePath,
      headless,
      userDataDir: profile,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 800 },
      // Lets the remote agent open moz-extension:// pages (the popup, sidebar and options).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
        'network.proxy.type': 0,
        // Needs Debian's firefox-esr-l10n-id; Pilar's own default locale is Indonesian either way.
        'intl.locale.requested': 'id',
      },
    },
  };
}
