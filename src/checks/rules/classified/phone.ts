import type { Rule } from '../../rule';
import { hasContext } from './context';
import { identifierHits } from './shared';

const OFFICIAL_CHANNEL = {
  replacement: 'kanal layanan resmi instansi',
  label: { id: 'Ganti dengan kanal resmi (call center, WA center, SP4N-LAPOR!)', en: 'Point to the official channel (call centre, WA centre, SP4N-LAPOR!)' },
};

/**
 * Published service numbers (112, 110, 1500-xxx, 0800 toll-free) never match here: they do not
 * have the shape of an Indonesian mobile or landline number.
 */
export const phoneRule: Rule = {
  id: 'classified.phone',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Nomor ponsel Indonesia (+62/62/08…) dan nomor telepon rumah/kantor; nomor layanan resmi seperti 112, 110 atau 1500-xxx tidak ditandai.',
    en: 'Indonesian mobile numbers (+62/62/08…) and landlines; published service numbers such as 112, 110 or 1500-xxx are left alone.',
  },
  reason: {
    id: 'Nomor telepon seseorang adalah data pribadi (UU 27/2022 PDP); warga sebaiknya diarahkan ke kanal resmi, bukan nomor pribadi petugas.',
    en: "A person's phone number is personal data (Law 27/2022 PDP); point the public to official channels, not an officer's own number.",
  },
  check({ norm }) {
    const describe = (official: boolean) =>
      official
        ? {
            severity: 'info' as const,
            message: {
              id: 'Nomor telepon yang disebut sebagai layanan. Pastikan ini nomor resmi instansi, bukan nomor pribadi petugas.',
              en: "A phone number given as a service line. Make sure it is the agency's official number, not an officer's own.",
            },
          }
        : {
            message: {
              id: 'Ada nomor ponsel pribadi. Nomor telepon seseorang adalah data pribadi (UU 27/2022 PDP); arahkan warga ke kanal resmi.',
              en: "A personal mobile number. A person's phone number is personal data (Law 27/2022 PDP); point people to the official channel.",
            },
            suggestion: OFFICIAL_CHANNEL,
          };
    return [
      // "Layanan pengaduan WA 0812…": a service word anywhere near makes it the agency's line.
      ...identifierHits(norm, 'mobile', (found) => describe(hasContext(norm, found.start, found.end, ['service']))),
      // A landline in a post is almost always an office's number: a reminder, not a warning.
      ...identifierHits(norm, 'landline', () => describe(true)),
    ];
  },
};
