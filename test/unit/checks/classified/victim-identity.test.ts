import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.victim-identity';

describe('classified.victim-identity', () => {
  it('blocks the name, school and address of a victim of sexual violence', () => {
    const draft = 'Korban pencabulan bernama Siti Aminah, siswi SMPN 2 Bantul, beralamat di Jl. Melati No. 5. Pelaku sudah ditahan.';
    expect(found(draft, RULE)).toEqual([
      { text: 'Siti Aminah', severity: 'block', replacement: 'SA' },
      { text: 'siswi SMPN 2 Bantul', severity: 'block' },
      { text: 'beralamat di Jl. Melati No. 5', severity: 'block' },
    ]);
  });

  it('blocks the identity of a child in conflict with the law (ABH)', () => {
    expect(spans('Anak pelaku yakni Rizky Pratama tinggal di RT 03/RW 05 Desa Sukamaju', RULE)).toEqual([
      'Rizky Pratama',
      'tinggal di RT 03/RW 05 Desa Sukamaju',
    ]);
  });

  it('blocks a full name written with the age in brackets, news style', () => {
    expect(spans('Polisi menangkap pelaku pemerkosaan terhadap Dewi Lestari (13) di Bogor. Korban pemerkosaan kini dirawat.', RULE)).toEqual([
      'Dewi Lestari',
    ]);
    expect(spans('Korban (13) dirawat. Ia korban pemerkosaan oleh tetangganya.', RULE)).toEqual([]);
  });

  it('leaves initials, pseudonyms and victims of other events alone', () => {
    for (const draft of [
      'Korban pencabulan berinisial AS (14) kini didampingi psikolog.',
      'Korban kekerasan seksual, sebut saja Bunga (nama samaran), sudah mendapat pendampingan.',
      'Korban banjir bernama Pak Slamet di Jl. Merdeka mendapat bantuan.',
      'Kami mengajak warga melapor bila mengetahui kekerasan seksual pada anak.',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });
});
