import type { LocalizedText } from '../checks/types';
import { PLACEHOLDERS } from './saved-replies';

/**
 * Every problem Pilar reports about a config, in Indonesian and English. zod's own messages come
 * from its `id` and `en` locales; the checks zod cannot express live here.
 */

const placeholders = PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/** Texts for the custom messages named in the schema (`.regex(…, 'slug')`, `.refine(…, 'placeholder')`). */
export const CUSTOM_MESSAGES: Record<string, LocalizedText> = {
  slug: { id: 'hanya huruf kecil, angka dan tanda hubung (maks. 64)', en: 'lower-case letters, digits and dashes only (at most 64)' },
  'rule-id': { id: 'id aturan berupa huruf kecil, angka, titik dan tanda hubung', en: 'a rule id is lower-case letters, digits, dots and dashes' },
  placeholder: { id: `isian yang dikenal hanya ${placeholders}`, en: `the only known placeholders are ${placeholders}` },
  // The reply queue's settings (src/config/responses.ts) name their problems in English.
  'a time as HH:MM, 00:00 to 24:00': { id: 'jam ditulis JJ:MM, dari 00:00 sampai 24:00', en: 'a time as HH:MM, 00:00 to 24:00' },
  'start must be before end': { id: 'awal harus sebelum akhir', en: 'start must be before end' },
  'breaks must lie inside the working hours': { id: 'istirahat harus berada di dalam jam kerja', en: 'breaks must lie inside the working hours' },
  'a date as YYYY-MM-DD': { id: 'tanggal ditulis TTTT-BB-HH', en: 'a date as YYYY-MM-DD' },
  'from must not be after to': { id: '"from" tidak boleh sesudah "to"', en: 'from must not be after to' },
};

export const problemText = {
  unknownKey: (key: string): LocalizedText => ({ id: `kunci "${key}" tidak dikenal`, en: `unknown key "${key}"` }),
  invalidKey: (reason: LocalizedText): LocalizedText => ({ id: `kunci tidak sah: ${reason.id}`, en: `invalid key: ${reason.en}` }),
  unknownRule: (rule: string, near?: string): LocalizedText => ({
    id: `id aturan "${rule}" tidak dikenal${near ? `; maksudnya "${near}"?` : ''}`,
    en: `unknown rule id "${rule}"${near ? `; did you mean "${near}"?` : ''}`,
  }),
  duplicateId: (what: 'pattern' | 'template', id: string): LocalizedText => ({
    id: `id ${what === 'pattern' ? 'pola' : 'templat'} "${id}" dipakai lebih dari sekali`,
    en: `duplicate ${what} id "${id}"`,
  }),
  badPattern: (detail: string): LocalizedText => ({
    id: `bukan pola RE2 yang sah (${detail}); RE2 tidak mengenal lookahead maupun backreference, dan pengulangan paling banyak {1000}`,
    en: `not a valid RE2 pattern (${detail}); RE2 has no lookahead or backreferences and allows repeats up to {1000}`,
  }),
  complexPattern: (size: number, max: number): LocalizedText => ({
    id: `pola terlalu rumit (${size} instruksi, paling banyak ${max}); pecah pola atau kurangi pengulangan`,
    en: `pattern too complex (${size} instructions, at most ${max}); split it or use fewer repeats`,
  }),
  newerVersion: (version: number, supported: number): LocalizedText => ({
    id: `konfigurasi ini untuk schemaVersion ${version}, sedangkan Pilar ini mengenal sampai ${supported}; perbarui Pilar`,
    en: `this config is for schemaVersion ${version}, and this Pilar knows up to ${supported}; update Pilar`,
  }),
  unreadable: (detail: string): LocalizedText => ({ id: `konfigurasi tidak terbaca (${detail})`, en: `unreadable config (${detail})` }),
  tooLarge: (max: number): LocalizedText => ({ id: `berkas lebih besar dari ${max} bita`, en: `file is larger than ${max} bytes` }),
  notFound: (): LocalizedText => ({ id: 'berkas tidak ditemukan', en: 'file not found' }),
  cannotRead: (detail: string): LocalizedText => ({ id: `berkas tidak dapat dibaca (${detail})`, en: `cannot read the file (${detail})` }),
  notJson: (detail: string): LocalizedText => ({ id: `bukan JSON yang sah: ${detail}`, en: `not valid JSON: ${detail}` }),
  blockedTemplate: (rule: string, excerpt: string, why: LocalizedText): LocalizedText => ({
    id: `templat memuat temuan yang menahan unggahan (${rule}) pada "${excerpt}": ${why.id}`,
    en: `the saved reply has a finding that holds a post (${rule}) at "${excerpt}": ${why.en}`,
  }),
};
