import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

export const paymentCardRule: Rule = {
  id: 'classified.payment-card',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Nomor kartu kredit/debit 13–19 digit yang lolos uji Luhn, dengan awalan penerbit kartu atau kata "kartu kredit".',
    en: 'Credit and debit card numbers of 13–19 digits that pass the Luhn check, with a card issuer prefix or a word like "credit card".',
  },
  reason: {
    id: 'Nomor kartu adalah data keuangan pribadi (UU 27/2022 Pasal 4 ayat 2 huruf f) dan dapat disalahgunakan untuk penipuan.',
    en: 'A card number is personal financial data (Law 27/2022 Art. 4(2)(f)) and can be used for fraud.',
  },
  check({ norm }) {
    return identifierHits(norm, 'card', (found) => ({
      message: {
        id: 'Ada nomor kartu pembayaran. Data keuangan pribadi ini dilindungi UU 27/2022 (PDP) dan rawan dipakai untuk penipuan.',
        en: 'A payment card number. This personal financial data is protected by Law 27/2022 (PDP) and is easily misused for fraud.',
      },
      suggestion: { replacement: mask(found.digits, 0, 4), label: MASK_LABEL },
    }));
  },
};
