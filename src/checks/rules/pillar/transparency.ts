import { coverageHint } from './hint';

export const transparency = coverageHint({
  target: 'transparency',
  description: { id: 'Jadwal dan angka', en: 'Schedule and figures' },
  reason: { id: 'Prinsip transparansi (UNDP) dan UU 14/2008: informasi publik harus dapat dipahami dan dipantau.', en: 'UNDP transparency and Law 14/2008: public information must be understandable and open to scrutiny.' },
  message: { id: 'Belum ada waktu, tempat, atau angka yang bisa dipegang warga.', en: 'There is no date, place or figure people can rely on.' },
  sentence: {
    id: 'Jadwal: [hari, tanggal], pukul [jam] di [tempat]; rincian lengkap di [tautan resmi].',
    en: 'Schedule: [day, date], [time] at [place]; full details at [official link].',
  },
});
