import { coverageHint } from './hint';

export const effectiveness = coverageHint({
  target: 'effectiveness',
  description: { id: 'Target, capaian, atau tenggat yang jelas.', en: 'A clear target, result or timeline.' },
  reason: { id: 'Prinsip efektivitas dan efisiensi (UNDP): kegiatan diukur dari hasilnya bagi warga.', en: 'UNDP effectiveness and efficiency: activities are judged by their results for people.' },
  message: {
    id: 'Target atau hasilnya belum disebut. Tambahkan, mis. “Target 2.000 rumah tersambung air bersih, rampung Desember 2026”.',
    en: 'No target or result is given. Add one, e.g. “Target: 2,000 homes connected to clean water by December 2026”.',
  },
});
