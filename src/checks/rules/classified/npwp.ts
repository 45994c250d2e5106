import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

export const npwpRule: Rule = {
  id: 'classified.npwp',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'NPWP 15 digit (99.999.999.9-999.999, digit periksa Luhn) dan NPWP 16 digit di dekat kata "NPWP".',
    en: 'Tax numbers: 15-digit NPWP (99.999.999.9-999.999 with its Luhn check digit) and 16-digit NPWP next to "NPWP".',
  },
  reason: {
    id: 'NPWP orang pribadi membuka data keuangan pribadi (UU 27/2022 Pasal 4 ayat 2 huruf f); sejak PMK 112/2022 NPWP orang pribadi adalah NIK.',
    en: "An individual's NPWP leads to personal financial data (Law 27/2022 Art. 4(2)(f)); since PMK 112/2022 a resident's NPWP is their NIK.",
  },
  check({ norm }) {
    return identifierHits(norm, 'npwp', (found) => ({
      // A 16-digit NPWP shaped like a NIK is the holder's NIK: as serious as the NIK itself.
      ...(found.isNik
        ? {
            severity: 'block' as const,
            message: {
              id: 'NPWP ini berupa NIK (PMK 112/2022), jadi sekaligus membuka NIK pemiliknya, data pribadi yang dilindungi UU 27/2022 (PDP).',
              en: "This NPWP is a NIK (PMK 112/2022), so it also discloses the holder's NIK, personal data protected by Law 27/2022 (PDP).",
            },
          }
        : {
            message: {
              id: 'Ada NPWP. Bila milik orang pribadi, NPWP membuka data keuangan pribadi (UU 27/2022); NPWP instansi boleh dicantumkan.',
              en: "An NPWP tax number. An individual's NPWP leads to personal financial data (Law 27/2022); an agency's own NPWP may be shown.",
            },
          }),
      suggestion: { replacement: mask(found.digits, 2, 3), label: MASK_LABEL },
    }));
  },
};
