import { coverageHint } from './hint';

export const ruleOfLaw = coverageHint({
  target: 'rule-of-law',
  description: { id: 'Dasar hukum disebut: UU, Perpres, Perda, pasal.', en: 'The legal basis is cited: a law, regulation or article.' },
  reason: { id: 'Prinsip aturan hukum (UNDP): kebijakan berdiri di atas aturan yang jelas dan dapat dicek warga.', en: 'UNDP rule of law: a policy rests on clear rules that citizens can check.' },
  message: {
    id: 'Dasar hukumnya belum disebut. Tambahkan, mis. “Sesuai Perda No. 5 Tahun 2024 tentang Ketertiban Umum”.',
    en: 'The legal basis is not cited. Add it, e.g. “Under Regional Regulation No. 5 of 2024 on Public Order”.',
  },
});
