import type { CategoryRules } from '../cue';

/**
 * Aspirasi: a proposal or a request for something new or changed (a programme, a facility, a
 * policy, a budget): request verbs of provision after "mohon/tolong/minta", suggestion markers
 * ("saran", "gimana kalau", "coba", "berharap", "semoga ada") and purpose clauses ("biar ...").
 */
/** Verbs of providing something new or more. */
const PROVIDE = [
  'dibangun', 'dibangunkan', 'membangun', 'bangun', 'dibuka', 'dibukakan', 'membuka', 'menambah', 'ditambah', 'ditambahkan', 'tambah',
  'perbanyak', 'diperbanyak', 'dianggarkan', 'menganggarkan', 'diwajibkan', 'mewajibkan', 'diterapkan', 'menerapkan', 'dipikirkan',
  'diperjuangkan', 'diadakan', 'mengadakan', 'adakan', 'disediakan', 'menyediakan', 'sediakan', 'difasilitasi', 'ditempel',
  'diposting', 'bikin', 'dibikin', 'dibuatkan', 'buatkan', 'membuat', 'diperluas', 'dipasang', 'dipasangi', 'ditingkatkan',
].join('|');

export const aspirasi: CategoryRules = {
  category: 'aspirasi',
  description: 'a suggestion or a request for a new or changed programme, facility or policy',
  cues: [
    { id: 'suggestion', weight: 2.5, phrases: ['saran', 'usul*', 'masukan', 'bagaimana kalau', 'gimana kalau', 'coba deh', 'sebaiknya', 'alangkah baiknya', 'berharap', 'harapan kami', 'kami harap'] },
    // "Semoga tahun depan ada ...", "semoga ke depan ada ...": a wish for something that does not exist yet.
    { id: 'wish', weight: 2.5, pattern: /semoga(?: \S+){0,4} (?:ada|dibuka|dibangun|diadakan|disediakan)/ },
    {
      id: 'request-provide',
      weight: 2,
      // A request word, then within a few words a verb of provision: "mohon Pemkab menambah kuota",
      // "kami minta dibangun", "tolong perbanyak", "bisa tidak sih Pemkot bikin aplikasi".
      pattern: new RegExp(`(?:mohon|tolong|minta|harap|berharap|agar|supaya|biar|perlu|bisa tidak(?: sih)?)(?: \\S+){0,4} (?:${PROVIDE})`),
    },
    { id: 'provide', weight: 1, pattern: new RegExp(`(?<![\\p{L}])(?:${PROVIDE})(?![\\p{L}])`) },
    { id: 'topic', weight: 0.5, phrases: ['program', 'pelatihan', 'kuota', 'fasilitas', 'anggaran'] },
    { id: 'ask-for', weight: 1, phrases: ['mohon', 'tolong', 'minta', 'kami minta', 'kami mohon', 'kami butuh', 'dibutuhkan', 'perlu ada'] },
    { id: 'purpose', weight: 1, phrases: ['biar', 'agar', 'supaya', 'untuk umum', 'ramah anak', 'ramah tunanetra', 'ramah disabilitas'] },
    { id: 'also', weight: 0.5, phrases: ['juga'] },
  ],
};
