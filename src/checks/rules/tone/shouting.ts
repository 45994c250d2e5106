import type { Hit, Rule } from '../../rule';
import { isWordChar } from '../../tone/features';

/** Upper-case words that are names, not shouting: acronyms of agencies, documents and programmes. */
const ACRONYMS = new Set(
  ('BPJS KTP KK NIK NPWP SIM STNK BPKB DKI PPKM BPBD BNPB BMKG TNI POLRI POLRES POLDA POLSEK KPK DPR DPRD MPR APBN APBD UMKM COVID ' +
    'RT RW RI NKRI PNS ASN CPNS PPPK OPD SKPD PDAM PLN BUMN BUMD SMA SMP SD SMK PAUD RSUD PUSKESMAS KIP KIS PKH BLT BST UU PP ' +
    'PERDA PERPRES PERMEN KEPPRES SK SOP PBB PPN WIB WITA WIT HUT NTT NTB DIY LPSE SPBU BBM KRL MRT LRT TJ QRIS ATM OJK BI BPS KPU ' +
    'BAWASLU PEMILU PILKADA ITE SARA DBD TBC HIV AIDS ODGJ KB IMB PBG UKT SNBP SNBT UTBK').split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;
const BURST = /[!?]{3,}|[!?]*(?:!\?|\?!)[!?]*/g;
const MIN_RUN_WORDS = 3;
const MIN_RUN_LETTERS = 12;

/**
 * Words that introduce a name: what follows them (up to a common word) is a proper name and keeps
 * its capital, as "Pasar Induk Sukamaju", "Jalan Ahmad Yani", "Pak Darto".
 */
const NAME_OPENERS = new Set(
  ('JALAN JL DESA KELURAHAN KECAMATAN KABUPATEN KOTA PROVINSI PASAR SUNGAI GUNUNG PANTAI TAMAN KAMPUNG DUSUN BALAI KANTOR MASJID ' +
    'GEREJA STADION TERMINAL STASIUN BANDARA PELABUHAN PAK BU BAPAK IBU MAS MBAK BUPATI WALIKOTA GUBERNUR CAMAT LURAH DINAS BADAN PEMERINTAH').split(' '),
);
/** Common words that end a name ("di Pasar Induk Sukamaju SEKARANG"). */
const NOT_NAME = new Set(
  ('DI KE DARI DAN ATAU YANG UNTUK PADA DENGAN SEKARANG HARI INI BESOK KEMARIN CUMA HANYA AKAN SUDAH TELAH SEGERA JANGAN SEMUA SELURUH ' +
    'WARGA MULAI SAMPAI HINGGA JAM PUKUL TANGGAL TIAP SETIAP SEBELUM SESUDAH SETELAH KARENA AGAR SUPAYA ADA TIDAK BUKAN LAGI JUGA YA WAJIB HARUS DAPAT BISA JUARA').split(' '),
);
const MAX_NAME_WORDS = 2;
/** Days and months are written with a capital in Indonesian. */
const CALENDAR = new Set(
  'SENIN SELASA RABU KAMIS JUMAT SABTU MINGGU JANUARI FEBRUARI MARET APRIL MEI JUNI JULI AGUSTUS SEPTEMBER OKTOBER NOVEMBER DESEMBER'.split(' '),
);

/**
 * A shouted run in sentence case: acronyms stay upper-case, names after an opener keep their
 * capitals, "RP" becomes "Rp", every sentence starts with a capital, and bursts (!!!) become one mark.
 */
function calm(run: string, opensSentence: boolean): string {
  let nameWords = 0;
  const cased = run.replace(WORD, (w) => {
    if (ACRONYMS.has(w)) {
      nameWords = 0;
      return w;
    }
    const lower = w.toLowerCase();
    if (/^RP\d/.test(w) || w === 'RP') return `Rp${w.slice(2)}`;
    if (CALENDAR.has(w)) {
      nameWords = 0;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    }
    const inName = nameWords > 0 && nameWords <= MAX_NAME_WORDS && !NOT_NAME.has(w) && !/\d/.test(w);
    nameWords = NAME_OPENERS.has(w) ? 1 : inName ? nameWords + 1 : 0;
    return nameWords > 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  const marked = cased.replace(BURST, (burst) => (burst.includes('?') ? '?' : '!'));
  const sentences = marked.replace(/([.!?]\s+)(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
  return opensSentence ? sentences.charAt(0).toUpperCase() + sentences.slice(1) : sentences;
}

export const shoutingRule: Rule = {
  id: 'tone.shouting',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Rangkaian kata kapital panjang (HURUF BESAR SEMUA) dan tanda baca beruntun (!!!, ???). Singkatan seperti BPJS, KTP, DKI, PPKM tidak dihitung.',
    en: 'Long runs of ALL-CAPS words and punctuation bursts (!!!, ???). Acronyms such as BPJS, KTP, DKI, PPKM do not count.',
  },
  reason: {
    id: 'Huruf kapital semua dan tanda seru beruntun terbaca sebagai berteriak atau marah; akun resmi menyapa warga dengan tenang dan sopan.',
    en: 'All caps and strings of exclamation marks read as shouting or anger; an official account addresses citizens calmly and politely.',
  },
  check({ norm, config }) {
    const text = norm.original;
    const hits: Hit[] = [];
    let letters = 0;
    let shoutedLetters = 0;
    const runs: { start: number; end: number; words: number; letters: number }[] = [];
    let run: (typeof runs)[number] | undefined;
    let newline = false;
    let sentenceEnd = false;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        if (code === 10) newline = true;
        else if (code === 46 || code === 33 || code === 63) sentenceEnd = true;
        i++;
        continue;
      }
      const start = i;
      let upper = 0;
      let lower = 0;
      for (; i < text.length && isWordChar(text.charCodeAt(i)); i++) {
        const c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) upper++;
        else if ((c >= 97 && c <= 122) || (c >= 0xc0 && text[i] !== text[i]!.toUpperCase())) lower++;
      }
      letters += i - start;
      const breaks = newline;
      const afterSentence = sentenceEnd;
      newline = sentenceEnd = false;
      if (lower > 0) {
        run = undefined;
        continue;
      }
      const word = upper >= 2 ? text.slice(start, i) : '';
      if (upper === 0 || ACRONYMS.has(word)) {
        // Acronyms and numbers neither start nor break a run ("JANGAN LUPA BAWA KTP ASLI").
        if (run && !breaks && !afterSentence) run.end = i;
        continue;
      }
      if (upper < 2) {
        run = undefined;
        continue;
      }
      shoutedLetters += i - start;
      if (run && !breaks) {
        run.end = i;
        run.words++;
        run.letters += i - start;
      } else {
        run = { start, end: i, words: 1, letters: i - start };
        runs.push(run);
      }
    }
    const shoutingDraft = letters >= MIN_RUN_LETTERS && shoutedLetters / letters >= config.thresholds.shoutingRatio;
    for (const r of runs) {
      const long = r.words >= MIN_RUN_WORDS && r.letters >= MIN_RUN_LETTERS;
      if (!long && !(shoutingDraft && r.words >= 2)) continue;
      const before = text.slice(0, r.start).trimEnd();
      const opensSentence = before === '' || /[.!?:\n]$/.test(before);
      hits.push({
        start: r.start,
        end: r.end,
        message: {
          id: 'Tulisan HURUF BESAR SEMUA terbaca seperti berteriak. Akun resmi menyapa warga dengan tenang: gunakan huruf biasa dan tekankan hal penting dengan kata, bukan kapital.',
          en: 'ALL CAPS reads as shouting. An official account addresses citizens calmly: use normal case and stress what matters with words, not capitals.',
        },
        suggestion: { replacement: calm(text.slice(r.start, r.end), opensSentence), label: { id: 'Ubah ke huruf biasa', en: 'Use normal case' } },
      });
    }
    // A burst inside a shouted run is calmed by that run's fix; only the others get their own.
    const shouted = hits.slice();
    for (const match of text.matchAll(BURST)) {
      if (shouted.some((h) => h.start <= match.index && match.index < h.end)) continue;
      const mark = match[0].includes('?') ? '?' : '!';
      hits.push({
        start: match.index,
        end: match.index + match[0].length,
        severity: 'info',
        message: {
          id: `Tanda baca beruntun “${match[0]}” terbaca emosional. Cukup satu tanda.`,
          en: `The punctuation burst “${match[0]}” reads as emotional. One mark is enough.`,
        },
        suggestion: { replacement: mark, label: { id: `Ganti dengan “${mark}”`, en: `Replace with “${mark}”` } },
      });
    }
    return hits;
  },
};
