import { coverageHint } from './hint';

export const responsiveness = coverageHint({
  target: 'responsiveness',
  description: { id: 'Saluran pengaduan dengan jam layanan, nomor, atau janji tindak lanjut.', en: 'A complaint channel with hours, a number, or a follow-up promise.' },
  reason: { id: 'Prinsip daya tanggap (UNDP): warga tahu ke mana bertanya dan kapan dijawab.', en: 'UNDP responsiveness: people know where to ask and when they will get an answer.' },
  message: {
    id: 'Belum ada saluran pengaduan. Tambahkan, mis. “Pertanyaan dan aduan: LAPOR! atau WhatsApp 0811-2233-4455, Senin–Jumat 08.00–16.00 WIB”.',
    en: 'There is no complaint channel. Add one, e.g. “Questions and complaints: LAPOR! or WhatsApp 0811-2233-4455, Mon–Fri 8am–4pm”.',
  },
});
