/**
 * What kind of post a draft is, from its shape: a reply to someone, a greeting for a holiday, an
 * emergency order, a service announcement, a rule or policy, a report of results. The kind decides
 * which missing principles are worth a suggestion (a reply to a pothole complaint does not need the
 * private sector; an announced service needs a channel for questions).
 */
export const POST_TYPES = ['reply', 'greeting', 'emergency', 'service', 'policy', 'report', 'other'] as const;
export type PostType = (typeof POST_TYPES)[number];

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) => new RegExp(`${W}(?:${source})${E}`, 'iu');

const GREETING = /^\s*(?:selamat\s+(?:hari|memperingati|merayakan|tahun\s+baru|idul|natal|menunaikan)|rahajeng|happy|jumat\s+berkah|marhaban)/iu;
const EMERGENCY = re('mengungsi|evakuasi|siaga|awas|tanggap\\s+darurat|peringatan\\s+dini|banjir|gempa|longsor|erupsi|kebakaran|tsunami|puting\\s+beliung');
const POLICY = re('berlaku|diberlakukan|ditetapkan|dilarang|larangan|wajib|diwajibkan|sanksi|tarif|retribusi|peraturan|perda|pergub|perbup|perwal|ketentuan');
const SERVICE = re('layanan|pelayanan|pendaftaran|daftar|dibuka|buka|jadwal|perekaman|vaksinasi|imunisasi|pemeriksaan|pelatihan|bantuan|bansos|program|festival|bazar|kegiatan|posyandu|loket');
const REPORT = re('meresmikan|diresmikan|meraih|capaian|tercapai|realisasi|progres|laporan|hasil|berhasil|rampung|selesai|predikat|penghargaan');

export function postType(text: string): PostType {
  const draft = text.trim();
  if (draft.startsWith('@')) return 'reply';
  if (GREETING.test(draft)) return 'greeting';
  if (EMERGENCY.test(draft)) return 'emergency';
  if (POLICY.test(draft)) return 'policy';
  if (REPORT.test(draft)) return 'report';
  if (SERVICE.test(draft)) return 'service';
  return 'other';
}
