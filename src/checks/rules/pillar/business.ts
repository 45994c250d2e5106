import { coverageHint } from './hint';

export const business = coverageHint({
  target: 'business',
  description: { id: 'Peran dunia usaha', en: 'The private sector' },
  reason: {
    id: 'Pilar swasta: pesan instansi sebaiknya mengakomodasi peran dan kepentingan pelaku usaha.',
    en: 'The private-sector pillar: an agency message should accommodate the role and interests of business.',
  },
  message: { id: 'Peran atau peluang bagi pelaku usaha belum disebut.', en: 'No role or opportunity for businesses is mentioned.' },
  sentence: {
    id: 'Pelaku usaha dan UMKM yang ingin terlibat dapat menghubungi [kanal resmi].',
    en: 'Businesses and small enterprises who want to take part can contact [official channel].',
  },
});
