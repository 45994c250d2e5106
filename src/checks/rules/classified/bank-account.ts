import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

// An account held by an institution (a donation drive, a regional treasury) is meant to be published.
const INSTITUTION =
  /(?:a\.? ?n\.?|a\/n|atas nama|rekening|rek\.?)[ :]{0,3}(?:resmi|pemerintah|pemprov|pemkab|pemkot|pemda|dinas|badan|kementerian|kas (?:umum )?(?:negara|daerah)|rkud|rsud|baznas|bazis|pmi|yayasan|panitia|bpbd|kantor|sekretariat|setda|pt |cv )/;
const WINDOW = 40;

export const bankAccountRule: Rule = {
  id: 'classified.bank-account',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Nomor rekening bank (10–16 digit) di dekat kata rekening, no. rek, a.n., atau nama bank.',
    en: 'Bank account numbers (10–16 digits) next to words like rekening, no. rek, a.n. or a bank name.',
  },
  reason: {
    id: 'Rekening bank seseorang termasuk rahasia pribadi yang dikecualikan (UU 14/2008 Pasal 17 huruf h angka 3) dan data keuangan pribadi (UU 27/2022).',
    en: "A person's bank account is a personal secret exempt from disclosure (Law 14/2008 Art. 17(h)(3)) and personal financial data (Law 27/2022).",
  },
  check({ norm }) {
    return identifierHits(norm, 'bank', (found) => {
      const around = norm.text.slice(Math.max(0, found.start - WINDOW), found.end + WINDOW);
      if (INSTITUTION.test(around)) {
        return {
          severity: 'info',
          message: {
            id: 'Nomor rekening instansi. Pastikan ini rekening resmi yang memang diumumkan, bukan rekening pribadi petugas.',
            en: "An institution's account number. Make sure it is the official account meant to be published, not an officer's own.",
          },
        };
      }
      return {
        message: {
          id: 'Ada nomor rekening bank. Rekening seseorang adalah rahasia pribadi (UU 14/2008 Pasal 17 huruf h) dan data keuangan pribadi (UU 27/2022).',
          en: "A bank account number. A person's account is a personal secret (Law 14/2008 Art. 17(h)) and personal financial data (Law 27/2022).",
        },
        suggestion: { replacement: mask(found.digits, 0, 4), label: MASK_LABEL },
      };
    });
  },
};
