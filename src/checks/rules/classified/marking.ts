import { leetView, spacedRuns, toOriginal, type NormalizedText } from '../../normalize';
import type { Hit, Rule } from '../../rule';

/**
 * Security classification markings (Perka ANRI 17/2011: Sangat Rahasia, Rahasia, Terbatas; older
 * regional rules: Konfidensial) and their English forms. "Biasa"/"Terbuka" is not a leak.
 */
const MARKING = /(?<![a-z])(sangat[ \t]{1,3}rahasia|top[ \t]{1,3}secret|konfidensial|confidential|rahasia|terbatas|secret)(?![a-z])/g;
/** Terms rare outside a classified header: any casing for these, capitals anywhere for "SANGAT RAHASIA". */
const UNAMBIGUOUS = new Set(['top secret', 'konfidensial']);
const IN_CAPITALS = new Set(['sangat rahasia', 'top secret', 'confidential']);
/** The "Sifat:" or "Klasifikasi:" line of an official letter, right before the term. */
const LABEL = /(?:sifat|klasifikasi|klasifikasi keamanan|derajat|derajat keamanan|kategori|classification)(?: surat| dokumen| naskah)?[ \t]{0,3}[:=][ \t]{0,3}$/;
/** Everyday uses: "bukan rahasia lagi", "rahasia umum", "rahasia sukses", "waktu terbatas". */
const PROSE_BEFORE = /(?:bukan|tanpa|ada|apa|membuka|buka|mengungkap|ungkap|berbagi|bagi|simpan|menyimpan|jaga|menjaga|tahu|kuota|waktu|jumlah|tempat|stok|kursi|akses|sangat|secara|edisi|persediaan|dana)[ \t]{1,3}$/;
const PROSE_AFTER =
  /^[ \t]{1,3}(?:sukses|kesuksesan|umum|lagi|dapur|kecantikan|hidup|awet|kecil|alam|ilahi|tuhan|allah|hati|di ?balik|dibalik|perusahaan|bisnis|resep|cinta|santa|garden|agent|service)(?![a-z])/;
/** "Kopi nomor 1 dari 10 kopi": the copy count printed on SR/R defence documents (Permenhan 16/2009 Pasal 30). */
/** "TERBATAS" is also a shouted promo ("Kuota TERBATAS"); as a stamp it sits next to a document word. */
const DOCUMENT_BEFORE = /(?<![a-z])(?:dokumen|lampiran|surat|naskah|berkas|nota|memo|arsip|bahan|laporan|data|informasi)(?![a-z])[^.!?\n]{0,20}$/;
const COPY_NUMBER = /(?<![a-z])kopi nomor \d{1,3} dari \d{1,3}(?: kopi)?/g;
/** "Nomor: RH.12/…": the numbering Kemenhub gives secret letters. */
const SECRET_NUMBERING = /(?<![a-z])(?:nomor|no\.?)[ \t]{0,3}:?[ \t]{0,3}(rh\.[ \t]?\d{1,6})/g;
const CONTEXT = 80;

function lineBounds(text: string, start: number, end: number): [number, number] {
  const before = text.lastIndexOf('\n', start - 1);
  const from = Math.max(before + 1, start - CONTEXT);
  const after = text.indexOf('\n', end);
  const to = Math.min(after === -1 ? text.length : after, end + CONTEXT);
  return [from, to];
}

/** Alone on its line, as a header or a stamp: "RAHASIA", "— Terbatas —". */
function standsAlone(text: string, start: number, end: number): boolean {
  const [from, to] = lineBounds(text, start, end);
  const line = text.slice(from, start) + text.slice(end, to);
  return from === Math.max(0, text.lastIndexOf('\n', start - 1) + 1) && !/[\p{L}\p{N}]/u.test(line);
}

function inCapitals(original: string, from: number, to: number): boolean {
  const term = original.slice(from, to);
  return /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

/** Written in capitals while the rest of the line is not: a stamp, not shouting. */
function stampedInCapitals(original: string, from: number, to: number): boolean {
  if (!inCapitals(original, from, to)) return false;
  const [lineFrom, lineTo] = lineBounds(original, from, to);
  const rest = original.slice(lineFrom, from) + original.slice(to, lineTo);
  const lower = rest.match(/\p{Ll}/gu)?.length ?? 0;
  const upper = rest.match(/\p{Lu}/gu)?.length ?? 0;
  return lower > upper;
}

/** Written to dodge matching: digits, look-alikes, full-width or invisible characters. */
function disguised(original: string, from: number, to: number): boolean {
  return /[^A-Za-z \t]/.test(original.slice(from, to));
}

const MESSAGE = {
  id: 'Ada penanda klasifikasi dokumen (mis. RAHASIA, TERBATAS). Naskah berklasifikasi tidak boleh dipublikasikan (Perka ANRI 17/2011; UU 14/2008 Pasal 17).',
  en: 'A document classification marking (e.g. RAHASIA, TERBATAS). Classified material must not be published (ANRI Regulation 17/2011; Law 14/2008 Art. 17).',
};

function markings(norm: NormalizedText): Hit[] {
  const view = leetView(norm);
  const hits: Hit[] = [];
  for (const match of view.matchAll(MARKING)) {
    const start = match.index;
    const end = start + match[0].length;
    const term = match[1]!.replace(/[ \t]+/g, ' ');
    const [from, to] = toOriginal(norm, start, end);
    const labelled = LABEL.test(view.slice(Math.max(0, start - 40), start));
    const prose = PROSE_BEFORE.test(view.slice(Math.max(0, start - 20), start)) || PROSE_AFTER.test(view.slice(end, end + 24));
    const marked =
      labelled ||
      (!prose && (UNAMBIGUOUS.has(term) || standsAlone(view, start, end) ||
        (IN_CAPITALS.has(term)
          ? inCapitals(norm.original, from, to)
          : stampedInCapitals(norm.original, from, to) && (term !== 'terbatas' || DOCUMENT_BEFORE.test(view.slice(Math.max(0, start - 40), start)))) || disguised(norm.original, from, to)));
    if (marked) hits.push({ start: from, end: to, message: MESSAGE });
  }
  for (const match of view.matchAll(COPY_NUMBER)) {
    const [from, to] = toOriginal(norm, match.index, match.index + match[0].length);
    hits.push({ start: from, end: to, message: MESSAGE });
  }
  for (const match of view.matchAll(SECRET_NUMBERING)) {
    const start = match.index + match[0].length - match[1]!.length;
    const [from, to] = toOriginal(norm, start, start + match[1]!.length);
    hits.push({ start: from, end: to, message: MESSAGE });
  }
  // Letter-spaced markings ("R A H A S I A") are a deliberate dodge, so any of them counts.
  for (const run of spacedRuns(norm)) {
    for (const match of run.text.matchAll(/sangatrahasia|rahasia|terbatas|konfidensial|confidential|topsecret|secret/g)) {
      const [from, to] = toOriginal(run, match.index, match.index + match[0].length);
      hits.push({ start: from, end: to, message: MESSAGE });
    }
  }
  return hits;
}

export const markingRule: Rule = {
  id: 'classified.marking',
  category: 'classified',
  defaultSeverity: 'block',
  description: {
    id: 'Penanda klasifikasi: SANGAT RAHASIA, RAHASIA, TERBATAS, KONFIDENSIAL, "Sifat: Rahasia", "Klasifikasi: Terbatas", juga yang disamarkan.',
    en: 'Classification markings: SANGAT RAHASIA, RAHASIA, TERBATAS, KONFIDENSIAL, "Sifat: Rahasia", "Klasifikasi: Terbatas", also disguised.',
  },
  reason: {
    id: 'Arsip berklasifikasi Sangat Rahasia, Rahasia, dan Terbatas hanya untuk yang berhak (Perka ANRI 17/2011) dan dikecualikan dari keterbukaan (UU 14/2008 Pasal 17).',
    en: 'Records classified Sangat Rahasia, Rahasia or Terbatas are for authorised readers only (ANRI Regulation 17/2011) and exempt from disclosure (Law 14/2008 Art. 17).',
  },
  check({ norm }) {
    return markings(norm);
  },
};
