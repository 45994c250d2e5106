import { coverageHint } from './hint';

export const society = coverageHint({
  target: 'society',
  description: { id: 'Unggahan menyapa masyarakat: warga, komunitas, akademisi, media, relawan.', en: 'The post addresses society: residents, communities, academics, media, volunteers.' },
  reason: {
    id: 'Pilar masyarakat: warga bukan sekadar penonton, melainkan pengawas dan mitra kebijakan.',
    en: 'The society pillar: citizens are not an audience but a check on, and a partner in, policy.',
  },
  message: {
    id: 'Masyarakat belum disapa. Sebutkan siapa yang diajak atau dilayani, mis. “Warga dan komunitas di Kecamatan Cibeunying dapat ikut serta”.',
    en: 'Society is not addressed. Say who is served or invited, e.g. “Residents and community groups in the district can take part”.',
  },
});
