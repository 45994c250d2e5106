import type { Rule } from '../../rule';
import { identifierHits, MASK_LABEL, mask } from './shared';

export const nikRule: Rule = {
  id: 'classified.nik',
  category: 'classified',
  defaultSeverity: 'block',
  description: {
    id: 'NIK (16 digit) dengan kode wilayah dan tanggal lahir yang sah, juga bila diberi spasi, titik, atau digit lebar penuh.',
    en: 'NIK numbers (16 digits) with a valid region code and birth date, also when spaced, dotted or in full-width digits.',
  },
  reason: {
    id: 'NIK adalah data pribadi yang wajib dilindungi (UU 27/2022 tentang Pelindungan Data Pribadi) dan melekat seumur hidup (UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan), jadi kebocorannya tidak bisa ditarik kembali.',
    en: 'A NIK is personal data that must be protected (Law 27/2022 on Personal Data Protection) and lasts for life (Law 23/2006 as amended by Law 24/2013 on Population Administration), so a leak cannot be undone.',
  },
  check({ norm }) {
    return identifierHits(norm, 'nik', (found) => ({
      message: {
        id: 'Ada NIK warga. NIK adalah data pribadi yang dilindungi UU 27/2022 (PDP) dan berlaku seumur hidup; jangan dipublikasikan.',
        en: "A citizen's NIK. It is personal data protected by Law 27/2022 (PDP) and is valid for life; do not publish it.",
      },
      suggestion: { replacement: mask(found.digits, 4, 2), label: MASK_LABEL },
    }));
  },
};
