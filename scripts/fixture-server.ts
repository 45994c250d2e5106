// Serves the bundled platform fixture pages over HTTPS under their real hostnames:
// the request's Host header picks the folder test/fixtures/sites/<host>/, so a browser whose DNS
// maps x.com to this server gets the X fixture at https://x.com/... . Used by e2e tests and the demo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_HOSTS } from '../src/sites/platforms.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SITES_DIR = join(ROOT, 'test/fixtures/sites');
const CERT_DIR = join(ROOT, '.cache/fixture-cert');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A self-signed certificate for the fixture hosts, made once with openssl and kept in .cache/. */
function certificate() {
  const key = join(CERT_DIR, 'key.pem');
  const cert = join(CERT_DIR, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(CERT_DIR, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650',
      '-subj', '/CN=pilar-fixtures', '-keyout', key, '-out', cert,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * Resolves a request to a file: the exact file if it exists, otherwise the host's index.html, so
 * SPA routes such as /home or /pilar/status/123 all load the single-page fixture.
 */
function fileFor(host: string, pathname: string): string | undefined {
  const siteDir = join(SITES_DIR, HOST_ALIASES[host] ?? host);
  if (!existsSync(siteDir)) return undefined;
  const wanted = normalize(join(siteDir, decodeURIComponent(pathname)));
  if (!wanted.startsWith(siteDir)) return undefined;
  if (existsSync(wanted) && statSync(wanted).isFile()) return wanted;
  const index = join(siteDir, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Starts the server on `port` (0 picks a free one) and resolves to its port and a close function. */
export interface FixtureServer {
  port: number;
  close(): void;
}

export function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server = createServer(certificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname } = new URL(request.url ?? '/', 'https://fixture.invalid');
    const file = fileFor(host, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end(`No fixture for ${host}${pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise<FixtureServer>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      resolvePromise({ port: typeof address === 'object' && address ? address.port : port, close: () => server.close() });
    });
  });
}

/** Hosts the real platforms serve the same site on, and the fixture folder that stands for them. */
const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'web.facebook.com': 'www.facebook.com',
  'www.threads.net': 'www.threads.com',
};

/** The hosts that have a fixture page, directly or through an alias. */
export function fixtureHosts(): string[] {
  return Object.keys(PLATFORM_HOSTS).filter((host) => existsSync(join(SITES_DIR, HOST_ALIASES[host] ?? host)));
}
