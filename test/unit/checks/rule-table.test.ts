// RuleTester-style table: for each rule, drafts it must leave alone (valid) and drafts where it
// must mark exactly these words (invalid). New cases go in the table, not in new test blocks.
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/checks';

interface Cases {
  valid: readonly string[];
  invalid: readonly { draft: string; marks: readonly string[] }[];
}

const marks = (draft: string, rule: string) =>
  check(draft)
    .findings.filter((f) => f.rule === rule && f.severity !== 'info')
    .map((f) => draft.slice(f.start, f.end));

const TABLE: Record<string, Cases> = {
  'classified.credential': {
    valid: ['Password minimal 8 karakter, gabungan huruf dan angka.', 'Rahasiakan PIN dan kode OTP Anda.', 'PIN Polio 2024 putaran kedua dimulai Senin.', 'Ada Foto Anies-Sandi Ruhut: Sudah Terang Benderang'],
    invalid: [
      { draft: 'Login dashboard aduan: user admin_dukcapil, pass: Dukc@pil123', marks: ['Dukc@pil123'] },
      { draft: 'WiFi ruang rapat: SSID Bappeda-Rapat, pass: rapatbappeda2025. Selamat datang!', marks: ['rapatbappeda2025'] },
      { draft: 'password akun TikTok dinas: Dinkes\u200bSehat\u200b2025 (jangan diganti dulu)', marks: ['Dinkes\u200bSehat\u200b2025'] },
      { draft: 'sandi email dinas humas sudah diganti jadi Kominfo2025 ya teman-teman', marks: ['Kominfo2025'] },
      { draft: 'OTP-nya 5 8 1 9 0 3 ya pak', marks: ['5 8 1 9 0 3'] },
      { draft: 'DB_HOST=localhost\nDB_PASSWORD=Mek4rsari!db', marks: ['Mek4rsari!db'] },
    ],
  },
  'classified.exempt-topic': {
    valid: [
      'Identitas pelapor dijamin kerahasiaannya. Laporkan pungli ke kanal resmi kami.',
      'Polisi telah menggerebek gudang miras di Jalan Pemuda semalam dan mengamankan 3 orang.',
      'Sebanyak 12 saksi sudah diperiksa dalam kasus pembakaran lahan.',
      'Kenaikan tarif parkir mulai Januari sudah ditetapkan dalam Perda dan disosialisasikan.',
      'Dirgahayu TNI! Terima kasih para prajurit yang menjaga kedaulatan.',
    ],
    invalid: [
      { draft: 'Tim, besok malam kita gerebek lokasi judi di belakang gudang, jangan sampai bocor ya.', marks: ['besok malam kita gerebek'] },
      { draft: 'Terima kasih kepada informan kami, Pak Darto, yang memberi info keberadaan pelaku.', marks: ['informan kami, Pak Darto'] },
      { draft: 'Satu kompi pasukan bergerak ke titik koordinat -6.2146, 106.8451 malam ini.', marks: ['kompi pasukan bergerak ke titik koordinat'] },
      { draft: 'Mohon doanya untuk Bapak Herman Susanto yang didiagnosis kanker usus.', marks: ['didiagnosis'] },
      { draft: 'Isi nota dinas kemarin: 14 pejabat eselon IV akan dinonjobkan.', marks: ['nota dinas kemarin: 14 pejabat eselon IV akan'] },
    ],
  },
  'classified.victim-identity': {
    valid: ['Identitas korban yang masih di bawah umur tidak kami sampaikan demi perlindungan anak.', 'Anak hilang bernama Bima (6) sudah ditemukan.', 'Korban pencabulan berinisial RN (12) kini didampingi psikolog.'],
    invalid: [
      { draft: 'Korban, Putri Anggraini (14), kini didampingi UPTD PPA.', marks: ['Putri Anggraini'] },
      { draft: 'Polsek menangkap terduga pelaku pemerkosaan terhadap Ny. Wulan (29).', marks: ['Ny. Wulan'] },
    ],
  },
  'tone.insult': {
    valid: ['Anjing! macet banget hari ini', 'Gubernur meninjau lokasi banjir bersama warga.'],
    invalid: [
      { draft: 'Dasar goblok lu', marks: ['goblok lu'] },
      { draft: 'Rezim ini memang pembohong', marks: ['Rezim ini memang pembohong'] },
    ],
  },
  'tone.hate': {
    valid: ['Saudara kita dari Bandung datang membantu korban banjir.', 'Pedagang asal Padang membuka usaha di pasar baru.'],
    invalid: [
      { draft: 'Saudara kita dari Madura memang susah maju', marks: ['kita dari Madura memang susah maju'] },
      { draft: 'Pedagang asal Padang itu suka menipu', marks: ['Pedagang asal Padang itu suka menipu'] },
    ],
  },
  'tone.abusive': {
    valid: [
      'Telah hilang seekor anjing jenis golden di sekitar Taman Kota. Bagi yang menemukan anjing tersebut mohon hubungi pos satpam.',
      'Waspada Demam Babi Afrika (ASF)! Laporkan babi yang sakit. Jangan buang bangkai babi ke sungai.',
    ],
    invalid: [{ draft: 'Dasar anjing lu', marks: ['anjing'] }],
  },
};

describe.each(Object.entries(TABLE))('%s', (rule, { valid, invalid }) => {
  it.each(valid)('leaves alone: %s', (draft) => expect(marks(draft, rule)).toEqual([]));
  it.each(invalid)('marks $marks in: $draft', ({ draft, marks: expected }) => expect(marks(draft, rule)).toEqual(expected));
});
