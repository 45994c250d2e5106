import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.passport';

describe('classified.passport', () => {
  it('warns on a passport number next to the word paspor', () => {
    expect(found('Paspor nomor B1234567 atas nama Siti sudah jadi', RULE)).toEqual([
      { text: 'B1234567', severity: 'warn', replacement: 'B*****67' },
    ]);
    expect(spans('passport: X 7654321', RULE)).toEqual(['X 7654321']);
  });

  it('leaves letter-digit codes without the word paspor alone', () => {
    expect(spans('Kode booking A1234567 berlaku hari ini', RULE)).toEqual([]);
  });
});
