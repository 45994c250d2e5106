import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.bpjs';

describe('classified.bpjs', () => {
  it('warns on BPJS Kesehatan (13 digits) and KPJ (11 digits) numbers by their labels', () => {
    expect(found('Nomor BPJS Kesehatan saya 0001234567890 tidak aktif', RULE)).toEqual([
      { text: '0001234567890', severity: 'warn', replacement: '*********7890' },
    ]);
    expect(spans('KPJ 12345678901 belum bisa klaim', RULE)).toEqual(['12345678901']);
  });

  it('leaves the same lengths alone without a BPJS label', () => {
    expect(spans('Nomor antrean 0001234567890', RULE)).toEqual([]);
    expect(spans('Iuran BPJS naik mulai 1 Juli', RULE)).toEqual([]);
  });
});
