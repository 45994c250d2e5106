import { describe, expect, test } from 'vitest';
import { ResponsesSchema } from '../../../src/config/responses';
import { categorize } from '../../../src/tracker/categorize';

// Messages written for these tests (not from the evaluation data), one mechanism each.
describe('categories of citizen messages', () => {
  test.each([
    // Complaint predicates, lasting faults, contrast with what was promised, rhetorical reproach.
    ['aduan', 'Jalan di depan SDN 3 berlubang besar, sudah dua minggu belum diperbaiki.'],
    ['aduan', 'Sampah di TPS Pasar Baru menumpuk dan bau, truk pengangkut tidak datang dari kemarin.'],
    ['aduan', 'Bansos PKH ibu saya dipotong 200rb sama pendamping, katanya buat administrasi.'],
    ['aduan', 'Kenapa sih antrean di Dukcapil lama banget, dari jam 7 baru dipanggil jam 2?'],
    ['aduan', 'Lampu jalan di gang kami gelap gulita sejak lebaran, rawan begal. Tolong ditindaklanjuti.'],
    ['aduan', 'Petugas loket kasar banget, saya cuma nanya malah dibentak. Kecewa.'],
    ['aduan', 'Sudah bayar retribusi tapi sampah tidak pernah diangkut. Uangnya ke mana?'],
    // Questions: requirements, place, time, eligibility; a fault described only to ask how to fix it.
    ['pertanyaan', 'Min, perpanjang SIM sekarang bisa online atau harus datang ke Satpas?'],
    ['pertanyaan', 'Berapa biaya balik nama sertifikat tanah di BPN?'],
    ['pertanyaan', 'Mau tanya, aplikasi SIPD kenapa tidak bisa login ya? Caranya bagaimana?'],
    ['pertanyaan', 'Kapan pendaftaran CPNS formasi guru dibuka?'],
    // Suggestions and requests for something new.
    ['aspirasi', 'Usul pak, taman kota dipasang lampu tambahan dan CCTV biar aman dipakai malam.'],
    ['aspirasi', 'Mohon dibangun halte di depan RSUD, pasien lansia kepanasan menunggu angkot.'],
    ['aspirasi', 'Semoga ke depan ada layanan SIM keliling di kecamatan kami.'],
    // Thanks and praise, also when they mention an old problem.
    ['apresiasi', 'Terima kasih Dinas PU, jalan yang dulu rusak sekarang mulus.'],
    ['apresiasi', 'Mantap pelayanannya, bikin KTP cuma 15 menit jadi!'],
    // Noise: promotion, greetings, tags, emoji.
    ['lainnya', 'Jasa followers murah, 1000 followers 10rb, cek bio!'],
    ['lainnya', 'Nyimak dari Bandung 🙏'],
    ['lainnya', '😂😂😂'],
    ['lainnya', '@budi_s @ani.w ayo ke sini'],
  ] as const)('%s: %s', (category, text) => {
    expect(categorize(text).category).toBe(category);
  });

  test('thanks that close a complaint are courtesy, not praise', () => {
    expect(categorize('Air PDAM keruh dan bau sudah 4 hari. Mohon dicek, terima kasih.').category).toBe('aduan');
  });

  test('a citizen asking about a scam message they received is asking, not spamming', () => {
    expect(categorize('Saya dapat WA katanya menang undian, disuruh transfer dulu. Itu penipuan bukan ya min?').category).toBe('pertanyaan');
  });

  test('evidence names the words that decided, and chat spellings are read as standard words', () => {
    const result = categorize('udh 3 hari lampu merah mati gak dibenerin');
    expect(result.category).toBe('aduan');
    expect(result.evidence).toEqual(expect.arrayContaining(['mati', 'sudah 3 hari']));
  });

  test('a team adds its own words per category', () => {
    const words = ResponsesSchema.parse({ categories: { words: { aduan: ['SIPADU error'], lainnya: ['giveaway'] } } }).categories.words;
    expect(categorize('Laporan saya di SIPADU error terus.', words)).toMatchObject({ category: 'aduan' });
    expect(categorize('Ikut giveaway kami ya!', words)).toMatchObject({ category: 'lainnya', evidence: ['giveaway'] });
    expect(categorize('Ikut giveaway kami ya!').evidence).toEqual([]);
  });
});
