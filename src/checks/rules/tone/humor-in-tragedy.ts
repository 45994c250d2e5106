import { words } from '../../normalize';
import type { Rule } from '../../rule';
import { PhraseMatcher } from '../../tone/phrases';
import { wordSpan } from './shared';

/** Disaster, death, victims and accidents: topics where laughter reads as mockery. */
const TRAGEDY = new PhraseMatcher(
  [
    'banjir', 'banjir bandang', 'gempa', 'gempa bumi', 'tsunami', 'longsor', 'erupsi', 'letusan', 'kebakaran', 'terbakar', 'karhutla',
    'puting beliung', 'angin topan', 'kecelakaan', 'tabrakan', 'tenggelam', 'korban', 'meninggal', 'meninggal dunia', 'wafat', 'tewas',
    'gugur', 'duka', 'berduka', 'dukacita', 'belasungkawa', 'innalillahi', 'jenazah', 'bencana', 'musibah', 'tragedi', 'pengungsi',
    'mengungsi', 'evakuasi', 'terluka', 'luka berat', 'kematian', 'pemakaman', 'dimakamkan', 'wabah', 'rip', 'disaster', 'earthquake',
    'flood', 'died', 'death', 'victims', 'killed', 'tragedy', 'condolences',
  ].map((p) => [p, p] as const),
  true,
);

export const humorInTragedyRule: Rule = {
  id: 'tone.humor-in-tragedy',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Tawa, candaan atau emoji tertawa (wkwk, haha, 😂) dalam draf tentang bencana, kecelakaan, korban atau kematian.',
    en: 'Laughter, jokes or laughing emoji (wkwk, haha, 😂) in a draft about a disaster, accident, victims or a death.',
  },
  reason: {
    id: 'Humor membuat akun pemerintah akrab, tetapi di tengah musibah terbaca sebagai mengejek korban dan keluarganya; sampaikan empati.',
    en: 'Humour makes a government account approachable, but amid a tragedy it reads as mocking the victims and their families; show empathy instead.',
  },
  check({ norm, tone }) {
    if (tone.humour.evidence.length === 0) return [];
    const list = words(norm);
    const topic = TRAGEDY.all(list)[0];
    if (!topic) return [];
    const { start, end } = wordSpan(list, topic.from, topic.to);
    const about = norm.original.slice(start, end);
    return tone.humour.evidence.map((laugh) => ({
      start: laugh.start,
      end: laugh.end,
      message: {
        id: `“${laugh.text}” terbaca sebagai tawa, padahal draf ini membahas musibah (“${about}”). Hapus dan ganti dengan ungkapan empati.`,
        en: `“${laugh.text}” reads as laughter in a draft about a tragedy (“${about}”). Remove it and express empathy instead.`,
      },
      suggestion: { replacement: '', label: { id: 'Hapus', en: 'Remove' } },
    }));
  },
};
