import { coverageHint } from './hint';

export const participation = coverageHint({
  target: 'participation',
  description: { id: 'Ajakan memberi masukan: survei, konsultasi publik, formulir, tautan.', en: 'An invitation to give input: a survey, public consultation, form or link.' },
  reason: { id: 'Prinsip partisipasi (UNDP): setiap warga punya suara dalam keputusan publik.', en: 'UNDP participation: every citizen has a voice in public decisions.' },
  message: {
    id: 'Belum ada ajakan berpartisipasi. Tambahkan, mis. “Sampaikan masukan Anda melalui survei di tautan berikut hingga 30 Juni”.',
    en: 'There is no invitation to take part. Add one, e.g. “Share your feedback through the survey at this link until 30 June”.',
  },
});
