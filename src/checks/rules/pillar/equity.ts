import { coverageHint } from './hint';

export const equity = coverageHint({
  target: 'equity',
  description: { id: 'Terjangkau semua warga', en: 'Reaching everyone' },
  reason: { id: 'Prinsip berkeadilan (UNDP): layanan publik terbuka bagi semua, termasuk yang paling sulit menjangkaunya.', en: 'UNDP equity: public services are open to everyone, including those hardest to reach.' },
  message: { id: 'Belum jelas apakah lansia, penyandang disabilitas, dan warga di daerah jauh terjangkau.', en: 'It is not clear that older people, people with disabilities and remote areas are reached.' },
  sentence: {
    id: 'Tersedia layanan prioritas bagi lansia, ibu hamil, dan penyandang disabilitas.',
    en: 'Priority service is available for older people, pregnant women and people with disabilities.',
  },
});
