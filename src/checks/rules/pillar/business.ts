import { coverageHint } from './hint';

export const business = coverageHint({
  target: 'business',
  description: { id: 'Unggahan menyapa sektor swasta: UMKM, pengusaha, investor, mitra.', en: 'The post addresses the private sector: MSMEs, entrepreneurs, investors, partners.' },
  reason: {
    id: 'Pilar swasta: pesan instansi sebaiknya mengakomodasi peran dan kepentingan pelaku usaha.',
    en: 'The private-sector pillar: an agency message should accommodate the role and interests of business.',
  },
  message: {
    id: 'Sektor swasta belum disebut. Tunjukkan peran atau peluang bagi pelaku usaha, mis. “Pelaku UMKM dapat mendaftar sebagai mitra penyedia”.',
    en: 'The private sector is not mentioned. Show a role or opportunity for business, e.g. “Small businesses can register as supply partners”.',
  },
});
