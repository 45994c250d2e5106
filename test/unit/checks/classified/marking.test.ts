import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/checks';
import { found, spans } from './found';

const RULE = 'classified.marking';

describe('classified.marking', () => {
  it('blocks classification stamps and the Sifat/Klasifikasi lines of a letter', () => {
    expect(found('RAHASIA\nNota Dinas tentang pengadaan server', RULE)).toEqual([{ text: 'RAHASIA', severity: 'block' }]);
    expect(spans('Nomor: 005/123\nSifat: Rahasia\nPerihal: Evaluasi', RULE)).toEqual(['Rahasia']);
    expect(spans('Klasifikasi: Terbatas', RULE)).toEqual(['Terbatas']);
    expect(spans('Dokumen ini SANGAT RAHASIA, jangan diteruskan', RULE)).toEqual(['SANGAT RAHASIA']);
    expect(spans('Lampiran TERBATAS terkait evaluasi kinerja pegawai', RULE)).toEqual(['TERBATAS']);
    expect(spans('Bahan rapat konfidensial untuk pimpinan', RULE)).toEqual(['konfidensial']);
    expect(spans('Kopi nomor 2 dari 10 kopi', RULE)).toEqual(['Kopi nomor 2 dari 10 kopi']);
    expect(spans('Nomor: RH.12/AJ.401/DRJD/2024', RULE)).toEqual(['RH.12']);
  });

  it('still catches disguised markings: leet, Cyrillic look-alikes, full-width and letter spacing', () => {
    expect(spans('Dokumen ini r4h4s1a ya', RULE)).toEqual(['r4h4s1a']);
    expect(spans('Dokumen ini rаhаsiа ya', RULE)).toEqual(['rаhаsiа']); // Cyrillic а
    expect(spans('Status: ＲＡＨＡＳＩＡ', RULE)).toEqual(['ＲＡＨＡＳＩＡ']);
    expect(spans('Berkas ra\u200bha\u200bsia ini', RULE)).toEqual(['ra\u200bha\u200bsia']);
    expect(spans('Ini R A H A S I A', RULE)).toEqual(['R A H A S I A']);
    expect(spans('ini r.a.h.a.s.i.a ya', RULE)).toEqual(['r.a.h.a.s.i.a']);
    expect(spans('cek t-e-r-b-a-t-a-s', RULE)).toEqual(['t-e-r-b-a-t-a-s']);
  });

  it('maps the span back through full-width characters to the original offsets', () => {
    const draft = 'Berkas ＲＡＨＡＳＩＡ';
    const [finding] = check(draft).findings.filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ start: 7, end: 14 });
  });

  it('leaves everyday uses of rahasia and terbatas alone', () => {
    for (const draft of [
      'Ini bukan rahasia lagi, pelayanan KTP kini bisa online',
      'Rahasia sukses UMKM naik kelas ada di pelatihan ini',
      'Sudah jadi rahasia umum kalau jalan ini rawan macet',
      'Kuota terbatas, segera daftar!',
      'Waktu pendaftaran TERBATAS sampai Jumat',
      'Sifat: Biasa\nPerihal: Undangan rapat',
      'Sifat: Sangat Segera',
      'Kapal bergerak ke arah Asia Tenggara',
      'RAHASIA SUKSES PETANI MILENIAL',
      'Jaga kerahasiaan data pribadi Anda',
      'Kelembapan udara (RH) 80 persen, nomor stasiun 96745',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });
});
