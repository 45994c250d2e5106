import { words } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import { PhraseMatcher } from '../../tone/phrases';
import { wordSpan } from './shared';

/** Cues of hoax chain messages and clickbait. */
const CUES = new PhraseMatcher([
  ...[
    'sebarkan sebelum dihapus', 'share sebelum dihapus', 'sebelum dihapus', 'sebarkan ke semua grup', 'viralkan', 'bagikan ke semua', 'bagikan sebanyak banyaknya',
    'cek faktanya sendiri', 'cek sendiri', 'dijamin 100', 'dijamin ampuh', '100 ampuh', 'klik link ini', 'klik link di bio', 'klik di sini',
    'klik tautan ini', 'terbongkar', 'mengejutkan', 'fakta mengejutkan', 'bikin kaget', 'bikin geger', 'menggemparkan', 'gempar',
    'tidak akan percaya', 'gak nyangka', 'wajib baca', 'baca sampai habis', 'akhirnya terungkap', 'info a1', 'dari grup sebelah',
    'copas dari grup sebelah', 'ketik amin', 'click here', 'you won t believe', 'share before deleted',
  ].map((p) => [p, p] as const),
]);

/**
 * The curiosity gap: a teaser that withholds the news to make people click or read on ("yang
 * terjadi selanjutnya…", "jawabannya di luar dugaan", "nomor 5 bikin kamu…", "baca sampai habis"),
 * and hyped reactions put in the reader's mouth ("bikin warganet iri", "netizen auto-nangis").
 */
const TEASERS: readonly RegExp[] = [
  /(?<![\p{L}])(?:baca|tonton|lihat|simak|cek)\s+(?:\p{L}+\s+){0,2}sampai\s+(?:habis|akhir|selesai|tuntas)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:di\s+luar\s+dugaan|yang\s+terjadi\s+(?:selanjutnya|kemudian)|terungkap|jarang\s+diketahui|jawabannya\s+\p{L}+)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:nomor|no\.?)\s*\d+\s+(?:bikin|membuat|bakal|pasti)(?![\p{L}])|karena\s+nomor\s+\d+/giu,
  /(?<![\p{L}\p{N}])\d+\s+(?:fakta|hal|trik|rahasia|alasan|cara)\s+(?:\p{L}+\s+){0,3}?(?:ini|yang\s+jarang|mengejutkan)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:trik|rahasia|video|fakta)\s+ini(?![\p{L}])(?=[^.!?\n]*(?:\?|!|🤫|😱|😭|biar|bikin))/giu,
  /(?<![\p{L}])(?:bikin|membuat)\s+(?:\p{L}+\s+)?(?:warganet|netizen|kamu|warga)?\s*(?:iri|heboh|melongo|nangis|pangling|kaget|syok|shock)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:warganet|netizen|warga\s+\p{L}+)\s+(?:auto[- ]?\p{L}+|heboh!)/giu,
  /(?<![\p{L}])kamu\s+(?:pasti\s+(?:pangling|kaget|nggak\s+percaya|tidak\s+percaya)|termasuk\s+yang\s+mana)(?![\p{L}])/giu,
  /(?<![\p{L}])cuma\s+yang\s+baca(?![\p{L}])|(?<![\p{L}])s{2,}t+(?![\p{L}])/giu,
];

/** "VIRAL" counts only shouted or with an exclamation: "video yang viral" is plain reporting. */
const VIRAL = /(?<![\p{L}\p{N}])viral(?![\p{L}\p{N}])(\s*!+)?/gu;

function message(found: string): Hit['message'] {
  return {
    id: `“${found}” adalah pola umpan klik atau pesan berantai hoaks. Akun resmi menyampaikan fakta terverifikasi dengan sumbernya, tanpa desakan menyebarkan (berita bohong yang menimbulkan keonaran dilarang UU ITE).`,
    en: `“${found}” is a clickbait or hoax-chain pattern. An official account states verified facts with their source, without pressure to share (false news causing unrest is prohibited by the ITE Law).`,
  };
}

export const clickbaitRule: Rule = {
  id: 'tone.clickbait',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Ciri hoaks dan umpan klik: “VIRAL!!”, “sebarkan sebelum dihapus”, “cek faktanya sendiri”, “dijamin 100%”, “klik link ini”, “terbongkar”, “mengejutkan”.',
    en: 'Hoax and clickbait cues: “VIRAL!!”, “sebarkan sebelum dihapus”, “cek faktanya sendiri”, “dijamin 100%”, “klik link ini”, “terbongkar”, “mengejutkan”.',
  },
  reason: {
    id: 'Akun pemerintah menjadi rujukan informasi yang benar; gaya hoaks merusak kepercayaan, dan menyebarkan berita bohong yang menimbulkan keonaran dilarang UU ITE (Pasal 28 ayat 3 UU No. 1/2024).',
    en: 'Government accounts are a reference for accurate information; hoax style undermines trust, and spreading false news that causes unrest is prohibited by the ITE Law (Art. 28(3), Law 1/2024).',
  },
  check({ norm }) {
    const list = words(norm);
    const hits: Hit[] = [];
    for (const match of CUES.all(list)) {
      const { start, end } = wordSpan(list, match.from, match.to);
      hits.push({ start, end, message: message(norm.original.slice(start, end)) });
    }
    for (const teaser of TEASERS) {
      for (const match of norm.original.matchAll(teaser)) {
        const [start, end] = [match.index, match.index + match[0].length];
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        hits.push({ start, end, message: message(match[0]) });
      }
    }
    for (const match of norm.text.matchAll(VIRAL)) {
      const start = norm.offsets[match.index]!;
      const end = norm.offsets[match.index + match[0].length]!;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      const word = norm.original.slice(start, norm.offsets[match.index + 5]);
      if (match[1] || word === word.toUpperCase()) hits.push({ start, end, message: message(norm.original.slice(start, end)) });
    }
    return hits;
  },
};
