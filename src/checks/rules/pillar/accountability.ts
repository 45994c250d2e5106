import { coverageHint } from './hint';

export const accountability = coverageHint({
  target: 'accountability',
  description: { id: 'Siapa penanggung jawabnya, laporan, audit, atau evaluasi.', en: 'Who is responsible, a report, an audit or an evaluation.' },
  reason: { id: 'Prinsip akuntabilitas (UNDP): pengambil keputusan bertanggung jawab kepada publik.', en: 'UNDP accountability: decision-makers answer to the public.' },
  message: {
    id: 'Belum jelas siapa yang bertanggung jawab. Sebutkan, mis. “Penanggung jawab: Bidang Pelayanan Dinas Dukcapil; laporan kemajuan tiap bulan”.',
    en: 'It is not clear who is responsible. Say so, e.g. “Responsible: the Civil Registry Service Division; monthly progress reports”.',
  },
});
