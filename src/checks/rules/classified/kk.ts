import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

export const kkRule: Rule = {
  id: 'classified.kk',
  category: 'classified',
  defaultSeverity: 'block',
  description: {
    id: 'Nomor Kartu Keluarga (16 digit) di dekat kata "KK", "No. KK" atau "Kartu Keluarga".',
    en: 'Family card (Kartu Keluarga) numbers of 16 digits next to "KK", "No. KK" or "Kartu Keluarga".',
  },
  reason: {
    id: 'Nomor KK adalah data kependudukan (UU 23/2006 jo. UU 24/2013) yang membuka data seluruh anggota keluarga; sebagai data pribadi ia wajib dilindungi (UU 27/2022 PDP).',
    en: 'A family card number is population data (Law 23/2006 as amended by Law 24/2013) that opens the records of a whole family; as personal data it must be protected (Law 27/2022 PDP).',
  },
  check({ norm }) {
    return identifierHits(norm, 'kk', (found) => ({
      message: {
        id: 'Ada nomor Kartu Keluarga. Nomor KK membuka data seluruh anggota keluarga dan wajib dilindungi sebagai data pribadi (UU 27/2022 PDP).',
        en: 'A family card (KK) number. It opens the records of a whole family and must be protected as personal data (Law 27/2022 PDP).',
      },
      suggestion: { replacement: mask(found.digits, 4, 2), label: MASK_LABEL },
    }));
  },
};
