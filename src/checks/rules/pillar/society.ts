import { coverageHint } from './hint';

export const society = coverageHint({
  target: 'society',
  description: { id: 'Peran warga', en: 'Citizens\' part' },
  reason: {
    id: 'Pilar masyarakat: warga bukan sekadar penonton, melainkan pengawas dan mitra kebijakan.',
    en: 'The society pillar: citizens are not an audience but a check on, and a partner in, policy.',
  },
  message: { id: 'Belum disebut siapa yang dilayani atau diajak ikut serta.', en: 'It does not say who is served or invited to take part.' },
  sentence: {
    id: 'Warga, RT/RW, dan komunitas setempat dapat ikut serta dengan [cara ikut serta].',
    en: 'Residents, neighbourhood associations and local groups can take part by [how to take part].',
  },
});
