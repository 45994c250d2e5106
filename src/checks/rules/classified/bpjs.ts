import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

export const bpjsRule: Rule = {
  id: 'classified.bpjs',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Nomor kartu BPJS Kesehatan/JKN-KIS (13 digit) dan BPJS Ketenagakerjaan/KPJ (11 digit) di dekat kata BPJS, KIS, JKN atau KPJ.',
    en: 'BPJS Kesehatan/JKN-KIS (13 digits) and BPJS Ketenagakerjaan/KPJ (11 digits) card numbers next to BPJS, KIS, JKN or KPJ.',
  },
  reason: {
    id: 'Nomor BPJS mengarah ke data kesehatan seseorang, data pribadi spesifik (UU 27/2022 Pasal 4 ayat 2 huruf a; UU 14/2008 Pasal 17 huruf h).',
    en: "A BPJS number leads to a person's health records, specific personal data (Law 27/2022 Art. 4(2)(a); Law 14/2008 Art. 17(h)).",
  },
  check({ norm }) {
    return identifierHits(norm, 'bpjs', (found) => ({
      message: {
        id: 'Ada nomor kartu BPJS. Nomor ini mengarah ke data kesehatan pemiliknya, data pribadi spesifik menurut UU 27/2022 (PDP).',
        en: "A BPJS card number. It leads to the holder's health records, specific personal data under Law 27/2022 (PDP).",
      },
      suggestion: { replacement: mask(found.digits, 0, 4), label: MASK_LABEL },
    }));
  },
};
