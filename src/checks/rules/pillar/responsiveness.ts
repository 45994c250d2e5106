import { coverageHint } from './hint';

export const responsiveness = coverageHint({
  target: 'responsiveness',
  description: { id: 'Saluran pertanyaan', en: 'Where to ask' },
  reason: { id: 'Prinsip daya tanggap (UNDP): warga tahu ke mana bertanya dan kapan dijawab.', en: 'UNDP responsiveness: people know where to ask and when they will get an answer.' },
  message: { id: 'Warga belum diberi tahu ke mana bertanya atau mengadu.', en: 'People are not told where to ask or complain.' },
  sentence: {
    id: 'Ada pertanyaan? Balas di kolom komentar atau kirim pesan langsung ke akun ini; kami jawab pada jam kerja.',
    en: 'Questions? Reply in the comments or send this account a direct message; we answer during office hours.',
  },
});
