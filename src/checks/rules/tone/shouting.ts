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

/** A run in sentence case: acronyms stay upper-case, the first letter too when the run opens a sentence. */
function calm(run: string, opensSentence: boolean): string {
  const lower = run.replace(WORD, (w) => (ACRONYMS.has(w) ? w : w.toLowerCase()));
  return opensSentence ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
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
    for (const match of text.matchAll(BURST)) {
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
