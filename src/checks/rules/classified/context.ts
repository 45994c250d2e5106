import type { NormalizedText } from '../../normalize';

/** What a nearby word says a number is, as a person would read "No. KK: …" or "hubungi WA …". */
export type ContextKind = 'nik' | 'kk' | 'npwp' | 'card' | 'bank' | 'bpjs' | 'passport' | 'phone' | 'service';

// Longer phrases first so that "nomor kk" wins over "nomor" and "call center" over "call".
const CONTEXT =
  /(?<![a-z0-9])(nomor induk kependudukan|e-?ktp|ktp|nik|kartu keluarga|no\.? ?kk|nomor kk|kk|npwp|nitku|nomor pokok wajib pajak|kartu kredit|kartu debit|credit card|debit card|visa|master ?card|jcb|amex|cvv|virtual account|no(?:mor|\.)? ?rek(?:ening)?|norek|rekening|rek|a\.n|a\/n|atas nama|transfer|bank|bri|bca|bni|mandiri|btn|bsi|bpjs|kis|jkn|kpj|paspor|passport|call ?cent(?:er|re)|hotline|pusat panggilan|wa center|whatsapp center|pengaduan|layanan|hp|wa|whatsapp|telp|telepon|tlp|tel|ponsel|handphone|hubungi|kontak|sms)(?![a-z0-9])/g;

function kindOf(word: string): ContextKind {
  if (word === 'nik' || word.includes('ktp') || word.includes('kependudukan')) return 'nik';
  if (word.endsWith('kk') || word === 'kartu keluarga') return 'kk';
  if (word === 'npwp' || word === 'nitku' || word.includes('pajak')) return 'npwp';
  if (word.startsWith('kartu') || word.includes('card') || ['visa', 'jcb', 'amex', 'cvv'].includes(word)) return 'card';
  if (['bpjs', 'kis', 'jkn', 'kpj'].includes(word)) return 'bpjs';
  if (word === 'paspor' || word === 'passport') return 'passport';
  if (word.startsWith('call') || word.includes('center') || ['hotline', 'pusat panggilan', 'pengaduan', 'layanan'].includes(word)) {
    return 'service';
  }
  if (['hp', 'wa', 'whatsapp', 'telp', 'telepon', 'tlp', 'tel', 'ponsel', 'handphone', 'hubungi', 'kontak', 'sms'].includes(word)) {
    return 'phone';
  }
  return 'bank';
}

const BEFORE = 40;
const AFTER = 16;

/**
 * The context word nearest before the folded span `[start, end)` within a few words, else the
 * first one right after it ("3171… (NIK)"). Bounded windows keep the scan linear.
 */
export function nearestContext(norm: NormalizedText, start: number, end: number): ContextKind | undefined {
  const before = norm.text.slice(Math.max(0, start - BEFORE), start);
  let last: string | undefined;
  for (const match of before.matchAll(CONTEXT)) last = match[1];
  if (last !== undefined) return kindOf(last);
  const after = norm.text.slice(end, end + AFTER);
  const first = CONTEXT.exec(after);
  CONTEXT.lastIndex = 0;
  return first ? kindOf(first[1]!) : undefined;
}

/** Whether any of `kinds` is named within the window around the span. */
export function hasContext(norm: NormalizedText, start: number, end: number, kinds: readonly ContextKind[]): boolean {
  const window = norm.text.slice(Math.max(0, start - BEFORE), end + AFTER);
  for (const match of window.matchAll(CONTEXT)) if (kinds.includes(kindOf(match[1]!))) return true;
  return false;
}
