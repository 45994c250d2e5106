import type { Evidence } from '../types';
import type { Target } from './lexicon';

/**
 * What a post does, read from its shape rather than from topic words: who acts (the agency:
 * "kami", "petugas", an official notice's verbs), who is addressed or invited (a reply to
 * someone, "Anda", "Sobat", an imperative to citizens), and what is promised (a service with a
 * time, a specific answer). A Dinas writing about its own service covers the government pillar
 * without naming itself; a reply to a citizen covers society.
 */
export interface StanceCue {
  target: Target;
  kind: string;
  weight: number;
  evidence: Evidence;
}

interface Pattern {
  target: Target;
  kind: string;
  weight: number;
  pattern: RegExp;
}

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = (list: string) => list.split(' ').join('|');
const re = (source: string) => new RegExp(source, 'giu');

/** Things only an agency provides or decides: the subject of a post about its own work. */
const SERVICES = words(
  'layanan pelayanan pendaftaran perekaman pajak bansos vaksinasi imunisasi posyandu puskesmas samsat ktp ktp-el e-ktp akta sim paspor izin perizinan pbb pkb spmb ppdb beasiswa apbd perda pergub perbup perwal drainase pdam tpa tps rsud bpbd damkar sar etle stnk kk dukcapil pemadam satpol posko pengungsian evakuasi tilang operasi razia penertiban perbaikan pembangunan pengerjaan',
);

const PATTERNS: readonly Pattern[] = [
  // The agency acts: "kami akan …", "tim kami sudah …", "petugas mengevakuasi …".
  { target: 'government', kind: 'acts', weight: 0.6, pattern: re(`${W}(?:kami|tim\\s+kami|petugas(?:\\s+kami)?|tim\\s+(?:gabungan|sar|medis|teknis))\\s+(?:(?:akan|sudah|telah|sedang|terus|segera|siap|tetap|juga)\\s+)*(?:me|ber|mo|di|ke|men|meng|mem)\\p{L}{3,}`) },
  // The verbs of an official notice: what the agency decides, opens, closes, holds.
  { target: 'government', kind: 'notice', weight: 0.55, pattern: re(`${W}(?:diberitahukan|disampaikan|diumumkan|diinformasikan|diimbau|dihimbau|ditetapkan|diberlakukan|diperpanjang|dibuka|ditutup|diliburkan|dilaksanakan|diselenggarakan|menyelenggarakan|melaksanakan|menargetkan|menyiagakan|mengevakuasi|menyalurkan|menerbitkan|meluncurkan|memberlakukan|berlaku)${E}`) },
  // A service of the agency named as the post's subject.
  { target: 'government', kind: 'service', weight: 0.5, pattern: re(`${W}(?:${SERVICES})${E}`) },
  // The agency instructs the public: an order, a warning, a ban.
  { target: 'government', kind: 'instructs', weight: 0.5, pattern: re(`${W}(?:jangan|segera|wajib|dilarang|hindari|jauhi|waspada|waspadai|mengungsi|diimbau|dihimbau|imbauan)${E}`) },
  // The agency reports on its area: figures with units, dates, times, sums.
  { target: 'government', kind: 'informs', weight: 0.5, pattern: re(`${W}(?:\\d+(?:[.,]\\d+)*\\s*(?:%|persen|orang|warga|km|ton|unit|titik|desa|kelurahan|sekolah|rumah|keluarga|kk|peserta|motor|stan|tenant|hari|jam)|\\d{1,2}[.:]\\d{2}|\\d{1,2}\\s*[-–]?\\s*\\d{0,2}\\s+(?:${words('januari februari maret april mei juni juli agustus september oktober november desember')})|rp\\s?\\d)${E}`) },
  // A sum written without a space ("Rp1,27 miliar") is one word to the lexicon; the figure is disclosed all the same.
  { target: 'transparency', kind: 'money', weight: 0.55, pattern: re(`${W}rp\\.?\\s?\\d`) },
  // A public notice is addressed to the public.
  { target: 'society', kind: 'public-notice', weight: 0.5, pattern: re(`${W}(?:diberitahukan|diumumkan|diinformasikan|diimbau|dihimbau|imbauan|pengumuman)${E}`) },
  // A reply answers someone: the citizen is the addressee.
  { target: 'society', kind: 'reply', weight: 0.65, pattern: /^\s*@[\w.]+/gu },
  // A reply that answers with the facts (a figure, a date, a place to go, what can be done) is a
  // quick, specific answer: responsiveness.
  { target: 'responsiveness', kind: 'answer', weight: 0.6, pattern: re(`^\\s*@[\\w.]+[^]*?${W}(?:\\d|bisa|dapat|silakan|silahkan|cukup|sudah|telah|akan|jadwal|di\\s+(?:kantor|samsat|puskesmas|laman|aplikasi))`) },
  // Spoken to directly, formally or as a friend.
  { target: 'society', kind: 'addressed', weight: 0.55, pattern: re(`${W}(?:anda|kamu|kalian|sob|sobat|kak|gaes|guys|teman-teman|temen-temen|bapak\\s*\\/\\s*ibu|bapak\\s+ibu|ibu-ibu|bapak-bapak|saudara|saudari|warganet|netizen|puan-puan)${E}`) },
  // Invited or asked to do something: "mari", "yuk", "silakan", "jangan", "pakai".
  { target: 'society', kind: 'invited', weight: 0.5, pattern: re(`${W}(?:mari|ayo|yuk|yok|silakan|silahkan|jangan|mohon|harap|pastikan|siapkan|cukup\\s+bawa|bawa|pakai|gunakan|datang|datangi|kunjungi|cek|laporkan|hubungi|daftar|daftarkan|ikuti|bantu|share|bagikan)${E}`) },
  // Named groups of citizens as the ones served.
  { target: 'society', kind: 'served', weight: 0.5, pattern: re(`${W}(?:pelanggan|pengguna|pengendara|pencari\\s+kerja|pemohon|pendaftar|peserta|wajib\\s+pajak|orang\\s+tua|siswa|siswi|pelajar|lansia|nelayan|petani|pasien|korban|pengungsi|penerima|pemilik|ibu\\s+rumah\\s+tangga|umat|keluarga)${E}`) },
];

/** Internal orders to civil servants speak to the agency itself, not to citizens. */
const INTERNAL = re(`${W}kepada\\s+(?:para\\s+|seluruh\\s+)?(?:asn|pns|pegawai|perangkat\\s+daerah|jajaran|aparatur|pelaku\\s+usaha|pelaku\\s+umkm|pengusaha)${E}`);

export function stanceCues(text: string): StanceCue[] {
  const out: StanceCue[] = [];
  for (const { target, kind, weight, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (!match) continue;
    const evidence = { start: match.index, end: match.index + match[0].length, text: match[0] };
    out.push({ target, kind, weight, evidence });
  }
  // An order to the agency's own staff, or a notice to businesses only, is not the society pillar.
  INTERNAL.lastIndex = 0;
  if (INTERNAL.test(text)) return out.filter((cue) => cue.target !== 'society' || cue.kind === 'addressed' || cue.kind === 'reply');
  return out;
}
