import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.npwp';

describe('classified.npwp', () => {
  it('finds a formatted 15-digit NPWP whose check digit is right, even without the word NPWP', () => {
    expect(found('Pemenang tender: CV Maju, 01.234.567.4-901.000', RULE)).toEqual([
      { text: '01.234.567.4-901.000', severity: 'warn', replacement: '01**********000' },
    ]);
  });

  it('needs the word NPWP when the check digit is wrong or the number is unformatted', () => {
    expect(spans('Kode 01.234.567.8-901.000 di lampiran', RULE)).toEqual([]);
    expect(spans('NPWP: 012345674901000', RULE)).toEqual(['012345674901000']);
  });

  it('blocks a 16-digit NPWP that is a NIK, since it discloses the NIK', () => {
    expect(found('NPWP saya 3171011205900001', RULE)).toEqual([
      { text: '3171011205900001', severity: 'block', replacement: '31***********001' },
    ]);
    expect(spans('NPWP saya 3171011205900001', 'classified.nik')).toEqual([]);
  });

  it('leaves a 16-digit number alone when nothing says it is an NPWP or a NIK', () => {
    expect(spans('Nomor antrean 0012345678901234', RULE)).toEqual([]);
  });
});
