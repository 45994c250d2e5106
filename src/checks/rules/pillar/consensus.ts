import { coverageHint } from './hint';

export const consensus = coverageHint({
  target: 'consensus',
  description: { id: 'Musyawarah, dialog, forum, atau kesepakatan para pihak.', en: 'Deliberation, dialogue, a forum or an agreement between parties.' },
  reason: { id: 'Prinsip berorientasi konsensus (UNDP): pemerintah menengahi kepentingan yang berbeda.', en: 'UNDP consensus orientation: government mediates between differing interests.' },
  message: {
    id: 'Proses musyawarahnya belum terlihat. Sebutkan, mis. “Keputusan ini disepakati dalam musyawarah bersama perwakilan pedagang dan warga”.',
    en: 'The deliberation is not visible. Mention it, e.g. “This was agreed in a dialogue with traders’ and residents’ representatives”.',
  },
});
