import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.clickbait';

describe('tone.clickbait', () => {
  it('warns on hoax-chain and clickbait cues', () => {
    expect(found('VIRAL!! Sebarkan sebelum dihapus', RULE)).toEqual([
      { text: 'VIRAL!!', severity: 'warn' },
      { text: 'Sebarkan sebelum dihapus', severity: 'warn' },
    ]);
    expect(spans('Obat ini dijamin 100% sembuh, klik link ini', RULE)).toEqual(['dijamin 100', 'klik link ini']);
    expect(spans('Terbongkar! Fakta mengejutkan soal bansos', RULE)).toEqual(['Terbongkar', 'Fakta mengejutkan']);
  });

  it('leaves plain reporting about a viral post alone', () => {
    expect(spans('Video yang viral kemarin adalah hoaks. Cek informasi resmi di situs kami.', RULE)).toEqual([]);
    expect(spans('Daftar sekarang melalui tautan di bio.', RULE)).toEqual([]);
    expect(spans('Sebarkan informasi resmi ini kepada keluarga Anda.', RULE)).toEqual([]);
  });
});
