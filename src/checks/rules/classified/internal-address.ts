import type { Hit, Rule } from '../../rule';
import { hitAt } from './shared';

const MAX_TOKEN = 2048;
const TOKEN = /\S{1,2048}/y;
const WHITESPACE = /\s/;
const NEXT_SPACE = /\s/g;
const HOST_MARK = /[.:][a-z0-9/]/g;
const SCHEME = /^(?:https?|ftp|ssh|smb|rdp):\/\//;
const HOST = /^[a-z0-9.-]+/;
const TRAILING_PUNCTUATION = /[.,;!?)"'\]]+$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const INTERNAL_SUFFIX = /(?:^|\.)(?:localhost|local|lan|internal|intranet|corp|localdomain|home\.arpa)$/;
const INTERNAL_LABEL = /(?:^|\.)(?:intranet|intra|internal)\./;
const TOP_LEVEL = /\.[a-z]{2,24}$/;
const ADMIN_PATH = /^\/(?:admin|administrator|wp-admin|wp-login\.php|cpanel|phpmyadmin|adminer|webmail\/admin)(?:[/?#]|$)/;
const STANDARD_PORTS = new Set(['80', '443']);

/** RFC 1918 ranges: 10/8, 172.16/12, 192.168/16. */
function isPrivateIp(host: string): boolean {
  const octets = IPV4.exec(host)?.slice(1).map(Number);
  if (!octets || octets.some((o) => o > 255)) return false;
  const [a, b] = octets as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Why a URL-like token points inside the agency's network, or undefined. */
function internalReason(token: string): 'network' | 'admin' | undefined {
  const rest = token.replace(SCHEME, '');
  const host = HOST.exec(rest)?.[0] ?? '';
  if (host.length === 0) return undefined;
  const afterHost = rest.slice(host.length);
  const port = /^:(\d{2,5})/.exec(afterHost)?.[1];
  const path = afterHost.slice(port ? port.length + 1 : 0);
  // A bare word ("internal") is prose; a host needs a dot, or to be localhost.
  const isHost = host.includes('.') || host === 'localhost';
  if (isHost && (isPrivateIp(host) || INTERNAL_SUFFIX.test(host) || INTERNAL_LABEL.test(host + '.'))) return 'network';
  const looksLikeUrl = SCHEME.test(token) || (TOP_LEVEL.test(host) && !host.startsWith('.'));
  if (!looksLikeUrl) return undefined;
  // A service on an odd port of a government host is usually an internal application.
  if (port && !STANDARD_PORTS.has(port) && (host.endsWith('.go.id') || IPV4.test(host))) return 'network';
  if (ADMIN_PATH.test(path)) return 'admin';
  return undefined;
}

const MESSAGES = {
  network: {
    id: 'Ada alamat jaringan internal (IP privat, host intranet, atau port aplikasi internal). Alamat ini memetakan sistem internal instansi bagi penyerang.',
    en: "An internal network address (private IP, intranet host or internal application port). It maps the agency's internal systems for attackers.",
  },
  admin: {
    id: 'Ada alamat halaman admin. Tautan ke panel pengelola mengundang percobaan masuk tanpa hak; jangan dipublikasikan.',
    en: 'An admin page address. A link to a management panel invites break-in attempts; do not publish it.',
  },
};

export const internalAddressRule: Rule = {
  id: 'classified.internal-address',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'IP privat (10/8, 172.16/12, 192.168/16), host intranet (.local, intranet.), port aplikasi internal, dan halaman /admin.',
    en: 'Private IPs (10/8, 172.16/12, 192.168/16), intranet hosts (.local, intranet.), internal application ports and /admin pages.',
  },
  reason: {
    id: 'Alamat internal dan halaman admin membantu penyerang memetakan dan menyerang sistem instansi.',
    en: "Internal addresses and admin pages help attackers map and attack the agency's systems.",
  },
  check({ norm }) {
    const hits: Hit[] = [];
    const text = norm.text;
    // Only a token with a dot or colon before a letter, digit or slash can be a host or an address.
    HOST_MARK.lastIndex = 0;
    while (HOST_MARK.exec(text)) {
      const at = HOST_MARK.lastIndex - 2;
      let tokenStart = at;
      while (tokenStart > 0 && at - tokenStart < MAX_TOKEN && !WHITESPACE.test(text[tokenStart - 1]!)) tokenStart--;
      TOKEN.lastIndex = tokenStart;
      const raw = TOKEN.exec(text)![0];
      if (at - tokenStart >= MAX_TOKEN || raw.length >= MAX_TOKEN) {
        // No address is this long: skip the rest of the token.
        NEXT_SPACE.lastIndex = at;
        HOST_MARK.lastIndex = NEXT_SPACE.exec(text) ? NEXT_SPACE.lastIndex : text.length;
        continue;
      }
      HOST_MARK.lastIndex = tokenStart + raw.length;
      const token = raw.replace(/^[("'[<]+/, '').replace(TRAILING_PUNCTUATION, '');
      const reason = internalReason(token);
      if (!reason) continue;
      const start = tokenStart + raw.indexOf(token);
      hits.push(hitAt(norm, start, start + token.length, MESSAGES[reason]));
    }
    return hits;
  },
};
