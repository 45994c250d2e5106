import type { NormalizedText } from '../../normalize';

/** What a nearby word says a number is, as a person would read "No. KK: …" or "hubungi WA …". */
export type ContextKind = 'nik' | 'kk' | 'npwp' | 'card' | 'bank' | 'bpjs' | 'passport' | 'phone' | 'service' | 'reference';

// Longer phrases first so that "nomor kk" wins over "nomor" and "call center" over "call".
const CONTEXT =
  /(?<![a-z0-9])(nomor induk kependudukan|e-?ktp|ktp|nik|kartu keluarga|no\.? ?kk|nomor kk|kk|npwp|nitku|nomor pokok wajib pajak|kartu kredit|kartu debit|credit card|debit card|visa|master ?card|jcb|amex|cvv|virtual account|no(?:mor|\.)? ?rek(?:ening)?|norek|rekening|rek|transfer|bank|bri|bca|bni|mandiri|btn|bsi|bpjs|kis|jkn|kpj|paspor|passport|call ?cent(?:er|re)|hotline|pusat panggilan|wa center|whatsapp center|pengaduan|layanan|hp|wa|whatsapp|telp|telepon|tlp|tel|ponsel|handphone|hubungi|kontak|sms|pesanan|order|resi|invoice|transaksi|tiket|booking|antrean|antrian)(?![a-z0-9])/g;

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
  if (['pesanan', 'order', 'resi', 'invoice', 'transaksi', 'tiket', 'booking', 'antrean', 'antrian'].includes(word)) return 'reference';
  return 'bank';
}

const BEFORE = 40;
const AFTER = 16;

interface Mention {
  start: number;
  end: number;
  kind: ContextKind;
}

const cache = new WeakMap<NormalizedText, Mention[]>();

/** Every context word in the draft, found once per draft and in order. */
function mentions(norm: NormalizedText): Mention[] {
  const known = cache.get(norm);
  if (known) return known;
  const found = Array.from(norm.text.matchAll(CONTEXT), (m) => ({ start: m.index, end: m.index + m[0].length, kind: kindOf(m[1]!) }));
  cache.set(norm, found);
  return found;
}

/** Index of the first mention that starts at or after `at`. */
function firstFrom(list: readonly Mention[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The context word nearest before the folded span `[start, end)` within a few words, else the
 * first one right after it ("3171… (NIK)").
 */
export function nearestContext(norm: NormalizedText, start: number, end: number): ContextKind | undefined {
  const list = mentions(norm);
  const next = firstFrom(list, start);
  const before = list[next - 1];
  if (before && before.end <= start && before.start >= start - BEFORE) return before.kind;
  const after = list[firstFrom(list, end)];
  return after && after.end <= end + AFTER ? after.kind : undefined;
}

/** Whether any of `kinds` is named within the window around the span. */
export function hasContext(norm: NormalizedText, start: number, end: number, kinds: readonly ContextKind[]): boolean {
  const list = mentions(norm);
  for (let k = firstFrom(list, start - BEFORE); k < list.length && list[k]!.start < end + AFTER; k++) {
    if (kinds.includes(list[k]!.kind)) return true;
  }
  return false;
}
