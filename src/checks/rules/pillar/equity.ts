import { coverageHint } from './hint';

export const equity = coverageHint({
  target: 'equity',
  description: { id: 'Menjangkau lansia, penyandang disabilitas, perempuan, anak, daerah 3T; layanan gratis.', en: 'Reaching the elderly, people with disabilities, women, children, remote areas; free services.' },
  reason: { id: 'Prinsip berkeadilan (UNDP): layanan publik terbuka bagi semua, termasuk yang paling sulit menjangkaunya.', en: 'UNDP equity: public services are open to everyone, including those hardest to reach.' },
  message: {
    id: 'Belum jelas apakah semua kalangan terjangkau. Tambahkan, mis. “Gratis, tersedia jalur prioritas bagi lansia dan penyandang disabilitas”.',
    en: 'It is not clear that everyone is reached. Add, e.g. “Free of charge, with a priority lane for older people and people with disabilities”.',
  },
});
