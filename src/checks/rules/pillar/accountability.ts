import { coverageHint } from './hint';

export const accountability = coverageHint({
  target: 'accountability',
  description: { id: 'Penanggung jawab', en: 'Who\'s responsible' },
  reason: { id: 'Prinsip akuntabilitas (UNDP): pengambil keputusan bertanggung jawab kepada publik.', en: 'UNDP accountability: decision-makers answer to the public.' },
  message: { id: 'Belum disebut siapa yang bertanggung jawab dan kapan hasilnya dilaporkan.', en: 'It does not say who is responsible and when results will be reported.' },
  sentence: {
    id: 'Penanggung jawab: [unit/bidang]; perkembangannya kami laporkan di akun ini setiap [periode].',
    en: 'Responsible: [unit]; we report progress on this account every [period].',
  },
});
