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
