import type { Hit, Rule } from '../../rule';
import { hitAt } from './shared';

/**
 * Token formats published by their issuers (Stripe `sk_live_`, AWS `AKIA`, JWT `eyJ…`, GitHub
 * `ghp_`, Slack `xox?-`, Google `AIza`, PEM private keys). Matched on the original text, since
 * folding would shorten tokens that contain a run of the same letter.
 */
const TOKEN =
  /(?<![A-Za-z0-9_])(?:[sr]k_(?:live|test)_[A-Za-z0-9]{16,128}|(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])|eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,2048}|gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255}|xox[baprs]-[A-Za-z0-9-]{10,255}|AIza[A-Za-z0-9_-]{35}|-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----)/g;

/**
 * A secret handed over: a label ("password", "sandi", "pass", "pw", "PIN", "OTP"), optionally what
 * it opens ("akun TikTok dinas", "email dinas humas sudah diganti"), then how it is given (":", "=",
 * "adalah", "jadi"), then the value (folded text). Words between label and value need an explicit
 * ":" or verb, so "PIN Polio 2024" or "PIN dan kode OTP Anda" is prose.
 */
const SECRET_LABEL = new RegExp(
  String.raw`(?<![a-z0-9_])(password|passwd|passw|pwd|pw|pass|kata sandi|sandi|pin|otp|kode otp|kode verifikasi|kode akses|passcode|api key|apikey|secret key)(?:-?nya)?(?![a-z0-9_])` +
    String.raw`(?:(?<about>(?:[ \t]+[a-z0-9_.@-]+){1,6}?)(?:[ \t]*(?<sign>[:=])[ \t]*|[ \t]+(?<verb>adalah|yaitu|ialah|jadi|menjadi)[ \t]+)|(?: (?:baru|lama|akun|wifi|email|login|admin|atm))?(?:[ \t]{0,3}(?<sign2>[:=])[ \t]{0,3}|[ \t]{1,3}(?:(?<verb2>adalah|yaitu|ialah|jadi)[ \t]{1,3})?))` +
    String.raw`(?<value>\d(?: \d){3,11}(?! ?\d)|\S{4,64})`,
  'g',
);
/** A config or .env line whose key names a secret: "DB_PASSWORD=…", "API_TOKEN: …" (original text). */
const SECRET_KEY = /(?<![A-Za-z0-9_])(?:[A-Za-z0-9]+_)*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY)[ \t]*[=:][ \t]*(?<value>[^\s'"]{4,128})/gi;
const TRAILING_PUNCTUATION = /[.,;!?)"'\]]+$/;

/**
 * Whether the word after a label is a secret rather than prose ("PIN: jangan dibagikan"): it has
 * digits, or after an explicit ":"/"=" (or "adalah") it mixes cases or has symbols.
 */
function isSecretValue(folded: string, original: string, explicit: boolean): boolean {
  if (/\d/.test(folded)) return true;
  if (!explicit) return false;
  return /[^a-z]/.test(folded) || (/[A-Z]/.test(original) && /[a-z]/.test(original.slice(1)));
}

const MASK = { replacement: '••••••', label: { id: 'Hapus kredensialnya', en: 'Remove the credential' } };
const MESSAGE = {
  id: 'Ada kredensial (kata sandi, PIN/OTP, atau kunci akses). Kredensial yang sudah terpublikasi harus dianggap bocor: hapus dan segera ganti.',
  en: 'A credential (password, PIN/OTP or access key). Once published it must be treated as leaked: remove it and change it at once.',
};

export const credentialRule: Rule = {
  id: 'classified.credential',
  category: 'classified',
  defaultSeverity: 'block',
  description: {
    id: 'Kata sandi, PIN, OTP yang diikuti nilainya, dan kunci API atau token (sk_live_, AKIA, JWT, ghp_, xox, AIza, kunci privat).',
    en: 'Passwords, PINs and OTPs followed by their value, and API keys or tokens (sk_live_, AKIA, JWT, ghp_, xox, AIza, private keys).',
  },
  reason: {
    id: 'Kredensial membuka akses ke sistem atau akun; sekali terpublikasi, siapa pun dapat memakainya.',
    en: 'A credential opens a system or account; once published anyone can use it.',
  },
  check({ norm }) {
    const tokens: Hit[] = [];
    for (const match of norm.original.matchAll(TOKEN)) {
      tokens.push({ start: match.index, end: match.index + match[0].length, message: MESSAGE, suggestion: MASK });
    }
    for (const match of norm.original.matchAll(SECRET_KEY)) {
      const raw = match.groups!.value!;
      const start = match.index + match[0].length - raw.length;
      const value = raw.replace(TRAILING_PUNCTUATION, '');
      if (value.length >= 4 && /\d|[^A-Za-z]/.test(value) && !tokens.some((t) => t.start < start + value.length && start < t.end)) {
        tokens.push({ start, end: start + value.length, message: MESSAGE, suggestion: MASK });
      }
    }
    const hits = [...tokens];
    for (const match of norm.text.matchAll(SECRET_LABEL)) {
      const { value: raw } = match.groups!;
      const sign = match.groups!.sign ?? match.groups!.sign2;
      const verb = match.groups!.verb ?? match.groups!.verb2;
      const described = match.groups!.about !== undefined;
      // "Sandi" alone is also a name ("Anies-Sandi"), "pass" and "pw" also English and chat words:
      // as bare labels they need their ":" or "=".
      if ((match[1] === 'sandi' || match[1] === 'pass' || match[1] === 'pw') && sign === undefined && !described) continue;
      const value = raw!.replace(TRAILING_PUNCTUATION, '');
      if (value.length < 4) continue;
      const start = match.index + match[0].length - raw!.length;
      const end = start + value.length;
      const hit = hitAt(norm, start, end, MESSAGE, { suggestion: MASK });
      // After words about what it opens, only a value with a digit or symbol is a secret ("Anies-Sandi Ruhut: Sudah" is prose).
      if (described && !/[^a-z]/.test(value)) continue;
      if (!isSecretValue(value, norm.original.slice(hit.start, hit.end), sign !== undefined || verb !== undefined || described)) continue;
      // "api key: sk_live_…" is one credential, already found as a token.
      if (!tokens.some((t) => t.start < hit.end && hit.start < t.end)) hits.push(hit);
    }
    return hits;
  },
};
