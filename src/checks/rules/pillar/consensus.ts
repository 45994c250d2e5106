import { coverageHint } from './hint';

export const consensus = coverageHint({
  target: 'consensus',
  description: { id: 'Hasil musyawarah', en: 'Agreed together' },
  reason: { id: 'Prinsip berorientasi konsensus (UNDP): pemerintah menengahi kepentingan yang berbeda.', en: 'UNDP consensus orientation: government mediates between differing interests.' },
  message: { id: 'Belum terlihat bahwa keputusan ini dibahas bersama pihak terkait.', en: 'It does not show that the decision was discussed with those concerned.' },
  sentence: {
    id: 'Keputusan ini disepakati bersama [pihak yang diajak bermusyawarah].',
    en: 'This was agreed together with [who was consulted].',
  },
});
