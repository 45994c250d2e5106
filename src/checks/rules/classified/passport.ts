import type { Hit, Rule } from '../../rule';
import { hasContext } from './context';
import { hitAt, MASK_LABEL, mask } from './shared';

// Indonesian passports: one or two letters and six or seven digits ("A1234567", e-passports "X…").
const PASSPORT = /(?<![a-z0-9])[a-z]{1,2} ?\d{6,7}(?![a-z0-9])/g;

export const passportRule: Rule = {
  id: 'classified.passport',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Nomor paspor (1–2 huruf dan 6–7 digit) di dekat kata "paspor" atau "passport".',
    en: 'Passport numbers (1–2 letters and 6–7 digits) next to "paspor" or "passport".',
  },
  reason: {
    id: 'Nomor paspor adalah data pribadi yang mengidentifikasi seseorang (UU 27/2022 PDP) dan dapat dipakai untuk pemalsuan identitas.',
    en: 'A passport number is personal data that identifies a person (Law 27/2022 PDP) and can be used for identity fraud.',
  },
  check({ norm }) {
    const hits: Hit[] = [];
    for (const match of norm.text.matchAll(PASSPORT)) {
      const end = match.index + match[0].length;
      if (!hasContext(norm, match.index, end, ['passport'])) continue;
      const number = match[0].replace(' ', '').toUpperCase();
      hits.push(
        hitAt(
          norm,
          match.index,
          end,
          {
            id: 'Ada nomor paspor. Nomor ini data pribadi (UU 27/2022 PDP) dan bisa dipakai untuk pemalsuan identitas.',
            en: 'A passport number. It is personal data (Law 27/2022 PDP) and can be used for identity fraud.',
          },
          { suggestion: { replacement: mask(number, 1, 2), label: MASK_LABEL } },
        ),
      );
    }
    return hits;
  },
};
