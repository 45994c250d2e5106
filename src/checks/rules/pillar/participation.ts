import { coverageHint } from './hint';

export const participation = coverageHint({
  target: 'participation',
  description: { id: 'Ajakan memberi masukan', en: 'An invitation to give input' },
  reason: { id: 'Prinsip partisipasi (UNDP): setiap warga punya suara dalam keputusan publik.', en: 'UNDP participation: every citizen has a voice in public decisions.' },
  message: { id: 'Warga belum diajak memberi masukan.', en: 'People are not invited to give their input.' },
  sentence: {
    id: 'Sampaikan masukan Anda melalui [tautan survei/formulir] paling lambat [tanggal].',
    en: 'Share your input through [survey or form link] by [date].',
  },
});
