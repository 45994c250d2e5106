import { coverageHint } from './hint';

export const transparency = coverageHint({
  target: 'transparency',
  description: { id: 'Angka, anggaran, persentase, tanggal, atau tautan data.', en: 'Figures, budgets, percentages, dates or a data link.' },
  reason: { id: 'Prinsip transparansi (UNDP) dan UU 14/2008: informasi publik harus dapat dipahami dan dipantau.', en: 'UNDP transparency and Law 14/2008: public information must be understandable and open to scrutiny.' },
  message: {
    id: 'Belum ada angka atau data. Tambahkan, mis. “Anggaran Rp 1,2 miliar untuk 350 penerima; rinciannya di ppid.bandung.go.id”.',
    en: 'There are no figures or data. Add some, e.g. “A budget of IDR 1.2 billion for 350 recipients; details at the PPID site”.',
  },
});
