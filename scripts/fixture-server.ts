// Serves the bundled platform fixture pages over HTTPS under their real hostnames:
// the request's Host header picks the folder test/fixtures/sites/<host>/, so a browser whose DNS
// maps x.com to this server gets the X fixture at https://x.com/... . Used by e2e tests and the demo.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
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
  /** What `TEAM_CONFIG_PATH` serves on every fixture host (a team's hosted config); undefined: 404. */
  setTeamConfig(body: string | undefined): void;
  /** The `If-None-Match` of each request for the team config, in order (undefined when absent). */
  teamConfigRequests: (string | undefined)[];
}

/** Where the fixture server serves a team's rule config, as a static host would. */
export const TEAM_CONFIG_PATH = '/pilar/team-config.json';

/** A static host's answer for the team config: an ETag from the body, and 304 when it still matches. */
function serveTeamConfig(body: string | undefined, ifNoneMatch: string | undefined, response: ServerResponse) {
  if (body === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('No team config');
    return;
  }
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  if (ifNoneMatch === etag) {
    response.writeHead(304, { etag });
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag, 'cache-control': 'no-cache' });
  response.end(body);
}

export function startFixtureServer(port = 0): Promise<FixtureServer> {
  let teamConfig: string | undefined;
  const teamConfigRequests: (string | undefined)[] = [];
  const server = createServer(certificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname } = new URL(request.url ?? '/', 'https://fixture.invalid');
    if (pathname === TEAM_CONFIG_PATH) {
      const ifNoneMatch = request.headers['if-none-match'];
      teamConfigRequests.push(ifNoneMatch);
      serveTeamConfig(teamConfig, ifNoneMatch, response);
      return;
    }
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
      resolvePromise({
        port: typeof address === 'object' && address ? address.port : port,
        close: () => server.close(),
        setTeamConfig: (body) => {
          teamConfig = body;
        },
        teamConfigRequests,
      });
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
