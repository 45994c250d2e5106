import { coverageHint } from './hint';

export const effectiveness = coverageHint({
  target: 'effectiveness',
  description: { id: 'Target dan hasil', en: 'Target and results' },
  reason: { id: 'Prinsip efektivitas dan efisiensi (UNDP): kegiatan diukur dari hasilnya bagi warga.', en: 'UNDP effectiveness and efficiency: activities are judged by their results for people.' },
  message: { id: 'Target atau hasil yang ingin dicapai belum disebut.', en: 'The target or the result sought is not stated.' },
  sentence: {
    id: 'Target kami: [sasaran] selesai paling lambat [tanggal].',
    en: 'Our target: [goal] done by [date].',
  },
});
