import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.stiff';

describe('tone.stiff', () => {
  it('notes memo language and offers a plainer phrase', () => {
    expect(found('Dalam rangka HUT RI, kami mengadakan lomba.', RULE)).toEqual([{ text: 'Dalam rangka', severity: 'info', replacement: 'Untuk' }]);
    expect(found('Bersama ini kami sampaikan jadwal vaksinasi.', RULE)).toEqual([
      { text: 'Bersama ini kami sampaikan', severity: 'info', replacement: 'Kami sampaikan' },
    ]);
    expect(found('Sehubungan dengan hal tersebut di atas, layanan ditutup.', RULE)).toEqual([
      { text: 'Sehubungan dengan hal tersebut di atas', severity: 'info', replacement: 'Karena itu' },
    ]);
    expect(found('Demikian disampaikan untuk menjadi perhatian.', RULE)).toEqual([
      { text: 'Demikian disampaikan untuk menjadi perhatian', severity: 'info', replacement: 'Terima kasih atas perhatiannya' },
    ]);
    expect(spans('Dengan hormat, kami informasikan jadwal layanan.', RULE)).toEqual(['Dengan hormat']);
  });

  it('leaves plain, warm writing alone', () => {
    expect(spans('Halo Sobat! Untuk memeriahkan HUT RI, yuk ikut lomba di balai desa.', RULE)).toEqual([]);
    expect(spans('Kami menghormati masukan warga dengan sepenuh hati.', RULE)).toEqual([]);
  });
});
