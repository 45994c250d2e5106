import type { CategoryRules } from '../cue';

/**
 * Pertanyaan: the writer wants information (requirements, where, when, how much, whether). Question
 * marks, interrogatives, "mau tanya", and the polite "ya?" ending; a complaint phrased as a
 * question still goes to aduan when its complaint cues weigh more.
 */
export const pertanyaan: CategoryRules = {
  category: 'pertanyaan',
  description: 'a request for information: requirements, procedure, place, time, cost, eligibility',
  cues: [
    { id: 'question-mark', weight: 1, raw: true, pattern: /\?/ },
    { id: 'asks', weight: 2.5, phrases: ['mau tanya', 'mau nanya', 'ingin bertanya', 'izin bertanya', 'ijin bertanya', 'izin tanya', 'ijin tanya', 'tanya dong', 'tanya admin', 'numpang tanya', 'boleh tahu', 'mohon info*', 'minta info*', 'mohon penjelasan', 'apakah benar', 'itu asli'] },
    {
      id: 'interrogative',
      weight: 1,
      phrases: ['apakah ada', 'apa ada', 'apa saja', 'apa aja', 'apakah', 'bagaimana cara*', 'bagaimana', 'kapan', 'di mana', 'dimana', 'berapa', 'siapa', 'kenapa', 'mengapa', 'bisa tidak', 'boleh tidak', 'atau tidak', 'masih dibuka', 'ada tidak', 'bukan ya', 'tidak ya', 'ya pak', 'ya bu', 'ya kak', 'ya admin'],
    },
    // "Harus lapor polisi dulu atau langsung ke Dukcapil?": choosing between procedures.
    { id: 'which-way', weight: 1.5, pattern: /(?:harus|perlu|bisa|cukup) (?:\S+ ){0,5}atau / },
    // "Kalau KTP hilang, ...": a hypothetical, not a report.
    { id: 'hypothetical', weight: 1, phrases: ['kalau', 'jika', 'apabila', 'seandainya'] },
    { id: 'procedure', weight: 1, phrases: ['syarat*', 'persyaratan', 'prosedur', 'ngurus*', 'mengurus', 'daftarnya', 'jam pelayanan', 'biaya*', 'perlu izin', 'izin apa', 'dinas mana', 'lewat mana', 'dihitung'] },
  ],
};
