import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/checks';
import { RuleConfigSchema } from '../../../../src/config/schema';

const evidence = (draft: string, signal: 'warmth' | 'humour') =>
  check(draft).tone[signal].evidence.map((e) => ({ text: e.text, original: draft.slice(e.start, e.end) }));

describe('tone analysis', () => {
  it('reads a warm official announcement as formal, not negative, with its warmth', () => {
    const draft =
      'Selamat pagi, warga Kota Bandung. Terima kasih atas partisipasi Anda dalam kerja bakti kemarin. Pelayanan KTP elektronik tetap buka selama libur Lebaran di kantor kecamatan.';
    const { tone } = check(draft);
    expect(tone.sentiment.label).not.toBe('negative');
    expect(tone.formality.label).toBe('formal');
    expect(tone.warmth.score).toBeGreaterThan(0.5);
    expect(evidence(draft, 'warmth').map((e) => e.original)).toEqual(['Selamat pagi', 'Terima kasih']);
  });

  it('reads an angry chat-style complaint as negative and informal', () => {
    const { tone } = check('pelayanan kalian lambat bgt, gw udah antri 5 jam petugasnya malah marah2. kecewa berat!!');
    expect(tone.sentiment.label).toBe('negative');
    expect(tone.sentiment.score).toBeGreaterThan(0.6);
    expect(tone.formality.label).toBe('informal');
    expect(tone.warmth.score).toBe(0);
  });

  it('reads notices of closures, delays, bans and disasters as not negative', () => {
    for (const draft of [
      'Pemadaman listrik bergilir akan dilakukan besok pukul 09.00 sampai 15.00 WIB di Kecamatan Cibeunying.',
      'Layanan SIM keliling tidak beroperasi pada hari Minggu. Silakan datang kembali pada hari Senin.',
      'Pendaftaran beasiswa ditutup pada 30 Juni 2024. Berkas yang terlambat tidak akan diproses.',
      'Waspada penipuan yang mengatasnamakan Dinas Kependudukan. Kami tidak pernah meminta biaya untuk pembuatan KTP.',
      'Banjir setinggi 50 cm menggenangi Jalan Ahmad Yani. Pengendara diimbau mencari jalur alternatif.',
      'Aplikasi layanan pajak sedang dalam pemeliharaan dan tidak dapat diakses sampai pukul 22.00.',
      'Gempa bermagnitudo 5,2 mengguncang wilayah selatan. Tidak berpotensi tsunami.',
      'Jadwal kereta tertunda 30 menit akibat gangguan sinyal di Stasiun Manggarai.',
      'Kebakaran di Pasar Induk telah berhasil dipadamkan. Tidak ada korban jiwa dalam peristiwa ini.',
      'Kami menerima keluhan warga tentang jalan rusak di Desa Sukamaju dan akan segera memperbaikinya.',
    ]) {
      expect(check(draft).tone.sentiment.label, draft).not.toBe('negative');
    }
  });

  it('reads a complaint made of negated praise as negative', () => {
    expect(check('Pelayanan di kantor kecamatan tidak ramah dan antreannya tidak jelas.').tone.sentiment.label).toBe('negative');
  });

  it('reads short notices as formal and a chatty admin post as informal', () => {
    for (const draft of [
      'Kantor kelurahan tutup sementara untuk penyemprotan disinfektan.',
      'Vaksinasi dosis kedua diundur ke minggu depan karena stok vaksin belum tiba.',
      'Turut berduka cita atas meninggalnya tiga warga dalam kecelakaan di jalan tol. Semoga keluarga diberi ketabahan.',
    ]) {
      expect(check(draft).tone.formality.label, draft).toBe('formal');
    }
    for (const draft of [
      'Halo sobat, jangan lupa ya besok ada vaksin gratis di puskesmas, dateng aja!',
      'Gais, jalan Sudirman lagi ditutup nih, cari jalan lain aja ya',
    ]) {
      expect(check(draft).tone.formality.label, draft).toBe('informal');
    }
  });

  it('reads praise as positive', () => {
    expect(check('Pelayanan di Mal Pelayanan Publik sangat cepat dan ramah, mantap sekali, terima kasih!').tone.sentiment.label).toBe('positive');
  });

  it('finds apologies and empathy as warmth, with spans in the original text', () => {
    const draft = 'Mohon maaf atas gangguannya, Kak. Semoga lekas sembuh untuk Ibu.';
    expect(evidence(draft, 'warmth')).toEqual([
      { text: 'Mohon maaf', original: 'Mohon maaf' },
      { text: 'Semoga lekas sembuh', original: 'Semoga lekas sembuh' },
    ]);
  });

  it('finds laughter words and laughing emoji as humour, and none in a plain notice', () => {
    expect(evidence('Senin lagi 😂 wkwkwk, HAHAHA, lol', 'humour').map((e) => e.original)).toEqual(['😂', 'wkwkwk', 'HAHAHA', 'lol']);
    const plain = check('Kantor kecamatan buka pukul 08.00 WIB.').tone.humour;
    expect(plain).toEqual({ score: 0, evidence: [] });
  });

  it('gives an empty draft a neutral, zero-confidence reading', () => {
    const { tone } = check('');
    expect(tone.sentiment).toEqual({ label: 'neutral', score: 0 });
    expect(tone.warmth.evidence).toEqual([]);
  });
});

describe('language', () => {
  it('tells English from Indonesian and defaults to Indonesian', () => {
    expect(check('Thank you for your patience, we will fix the road this week.').language).toBe('en');
    expect(check('Terima kasih atas kesabarannya, jalan akan kami perbaiki minggu ini.').language).toBe('id');
    expect(check('OK').language).toBe('id');
    expect(check('Info: the event di balai kota ya, jangan lupa datang').language).toBe('id');
  });

  it('follows a team preference', () => {
    expect(check('Terima kasih atas kesabarannya.', RuleConfigSchema.parse({ language: 'en' })).language).toBe('en');
  });
});

describe('tone of English drafts', () => {
  it('reads chat register as informal and an announcement as formal', () => {
    expect(check("hey guys, we're gonna fix the road lol").tone.formality.label).toBe('informal');
    expect(check('The road will be closed on Monday for repairs. Please use the northern route.').tone.formality.label).toBe('formal');
  });

  it('reads an angry complaint as negative and thanks as positive', () => {
    expect(check('This is the worst service ever, I am very disappointed and angry.').tone.sentiment.label).toBe('negative');
    expect(check('Thank you all for joining, we are proud of our community.').tone.sentiment.label).toBe('positive');
  });
});
