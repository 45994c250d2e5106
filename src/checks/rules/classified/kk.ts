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
    id: 'Nomor KK termasuk data kependudukan yang wajib dilindungi (UU 23/2006 Pasal 84; UU 27/2022 PDP).',
    en: 'A family card number is population data that must be protected (Law 23/2006 Art. 84; Law 27/2022 PDP).',
  },
  check({ norm }) {
    return identifierHits(norm, 'kk', (found) => ({
      message: {
            id: 'Ada nomor Kartu Keluarga. Nomor KK membuka data seluruh anggota keluarga dan dilindungi UU 23/2006 serta UU 27/2022 (PDP).',
            en: 'A family card (KK) number. It opens the records of a whole family and is protected by Law 23/2006 and Law 27/2022 (PDP).',
          },
      suggestion: { replacement: mask(found.digits, 4, 2), label: MASK_LABEL },
    }));
  },
};
