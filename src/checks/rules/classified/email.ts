import type { NormalizedText } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import type { LocalizedText, Severity } from '../../types';
import { hitAt } from './shared';

// "@" and its spelled-out dodges "[at]" / "(at)"; "[dot]" / "(dot)" between domain labels.
const AT = /@| ?[[(]at[\])] ?/y;
const AT_MARK = /@|[[(]at[\])]/g;
const DOT = /\.| ?[[(]dot[\])] ?/y;
const LABEL = /[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?/y;
const TLD = /^[a-z]{2,24}$/;
const MAX_LOCAL = 64;

/** Government, military and village domains (PANDI's .go.id, .mil.id, .desa.id). */
const OFFICIAL_DOMAIN = /(?:^|\.)(?:go|mil|desa)\.id$/;
/** Mailboxes of a function, not a person. */
const ROLE_MAILBOX =
  /^(?:humas|info|informasi|pengaduan|layanan|pelayanan|ppid|admin|sekretariat|setda|kontak|contact|cs|helpdesk|halo|support|redaksi|media|publikasi|pusdatin|lapor|surat|persuratan|tu|umum|kominfo|diskominfo|office|kantor|mail)(?![a-z])/;

interface Email {
  start: number;
  end: number;
  local: string;
  domain: string;
}

function isLocalChar(char: string | undefined): boolean {
  return char !== undefined && /^[a-z0-9._%+-]$/.test(char);
}

function readDomain(text: string, from: number): { domain: string; end: number } | undefined {
  const labels: string[] = [];
  let at = from;
  let end = from;
  for (;;) {
    LABEL.lastIndex = at;
    const label = LABEL.exec(text);
    if (!label) break;
    labels.push(label[0]);
    end = LABEL.lastIndex;
    DOT.lastIndex = end;
    if (!DOT.exec(text) || end - from > 253) break;
    at = DOT.lastIndex;
  }
  if (labels.length < 2 || !TLD.test(labels[labels.length - 1]!)) return undefined;
  return { domain: labels.join('.'), end };
}

function emails(norm: NormalizedText): Email[] {
  const text = norm.text;
  const found: Email[] = [];
  let floor = 0;
  AT_MARK.lastIndex = 0;
  for (let mark = AT_MARK.exec(text); mark; mark = AT_MARK.exec(text)) {
    // Start the "@" or " [at] " at the space before the bracket, if any.
    const i = mark[0] !== '@' && text[mark.index - 1] === ' ' ? mark.index - 1 : mark.index;
    // Cheap test first: an address has a local-part character right before its "@".
    if (!isLocalChar(text[i - 1])) continue;
    AT.lastIndex = i;
    if (!AT.exec(text)) continue;
    let start = i;
    while (start > floor && i - start < MAX_LOCAL && isLocalChar(text[start - 1])) start--;
    while (text[start] === '.') start++;
    const local = text.slice(start, i);
    if (local.length === 0 || local.endsWith('.')) continue;
    const domain = readDomain(text, AT.lastIndex);
    if (!domain) continue;
    found.push({ start, end: domain.end, local, domain: domain.domain });
    AT_MARK.lastIndex = domain.end;
    floor = domain.end;
  }
  return found;
}

const PERSONAL: LocalizedText = {
  id: 'Ada alamat email pribadi. Email seseorang adalah data pribadi (UU 27/2022 PDP); cantumkan email resmi instansi (.go.id).',
  en: "A personal email address. A person's email is personal data (Law 27/2022 PDP); give the agency's official (.go.id) address.",
};
const OFFICER: LocalizedText = {
  id: 'Email .go.id atas nama perorangan. Untuk publik, pakai kotak surat layanan (mis. humas@ atau ppid@) bukan email pribadi petugas.',
  en: "A .go.id address in a person's name. For the public, use a service mailbox (e.g. humas@ or ppid@) rather than an officer's own.",
};
const ROLE: LocalizedText = {
  id: 'Email layanan di domain non-pemerintah. Pastikan ini alamat resmi yang memang diumumkan.',
  en: 'A service mailbox on a non-government domain. Make sure it is an official address meant to be published.',
};

export const emailRule: Rule = {
  id: 'classified.email',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Alamat email, juga yang ditulis "nama [at] domain [dot] com"; email layanan .go.id tidak ditandai.',
    en: 'Email addresses, also written as "name [at] domain [dot] com"; service mailboxes on .go.id are left alone.',
  },
  reason: {
    id: 'Email seseorang adalah data pribadi (UU 27/2022 PDP); warga sebaiknya diarahkan ke alamat resmi instansi.',
    en: "A person's email is personal data (Law 27/2022 PDP); point the public to the agency's official address.",
  },
  check({ norm }) {
    const hits: Hit[] = [];
    for (const email of emails(norm)) {
      const official = OFFICIAL_DOMAIN.test(email.domain);
      const role = ROLE_MAILBOX.test(email.local);
      if (official && role) continue;
      const [message, severity]: [LocalizedText, Severity] = official ? [OFFICER, 'info'] : role ? [ROLE, 'info'] : [PERSONAL, 'warn'];
      hits.push(hitAt(norm, email.start, email.end, message, { severity }));
    }
    return hits;
  },
};
