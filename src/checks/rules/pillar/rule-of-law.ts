import { coverageHint } from './hint';

export const ruleOfLaw = coverageHint({
  target: 'rule-of-law',
  description: { id: 'Dasar hukum', en: 'Legal basis' },
  reason: { id: 'Prinsip aturan hukum (UNDP): kebijakan berdiri di atas aturan yang jelas dan dapat dicek warga.', en: 'UNDP rule of law: a policy rests on clear rules that citizens can check.' },
  message: { id: 'Aturan ini belum menyebut dasar hukumnya.', en: 'This rule does not cite its legal basis.' },
  sentence: {
    id: 'Ketentuan ini berdasarkan [nama peraturan] Nomor [nomor] Tahun [tahun].',
    en: 'This is based on [regulation] No. [number] of [year].',
  },
});
