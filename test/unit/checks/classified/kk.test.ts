import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.kk';
// 32 73 14, recorded 01-01-2020, family serial 0015.
const KK = '3273140101200015';

describe('classified.kk', () => {
  it('blocks a family card number named as such and masks it', () => {
    expect(found(`No. KK ${KK} belum terdata`, RULE)).toEqual([{ text: KK, severity: 'block', replacement: '3273**********15' }]);
    expect(spans(`Kartu Keluarga: ${KK}`, RULE)).toEqual([KK]);
    expect(spans('nomor KK 3273 1401 0120 0015 mohon dicek', RULE)).toEqual(['3273 1401 0120 0015']);
  });

  it('reports the number as a KK, not also as a NIK', () => {
    expect(spans(`No. KK ${KK}`, 'classified.nik')).toEqual([]);
  });

  it('tells NIK and KK apart by the nearest label in a form-like reply', () => {
    const draft = `NIK 3171011205900001, No. KK ${KK}`;
    expect(spans(draft, 'classified.nik')).toEqual(['3171011205900001']);
    expect(spans(draft, RULE)).toEqual([KK]);
  });

  it('reports a woman’s NIK typed after "No. KK" as the NIK it is', () => {
    expect(spans('No. KK 3273145208850003', 'classified.nik')).toEqual(['3273145208850003']);
    expect(spans('No. KK 3273145208850003', RULE)).toEqual([]);
  });

  it('leaves counts of families ("KK" as a unit) alone', () => {
    expect(spans('Bantuan disalurkan ke 1.250 KK di 12 desa', RULE)).toEqual([]);
    expect(spans('Sebanyak 3.400 KK terdampak banjir', RULE)).toEqual([]);
  });
});
