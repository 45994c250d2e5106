import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.payment-card';

describe('classified.payment-card', () => {
  it('warns on card numbers that pass the Luhn check, grouped or not', () => {
    expect(found('Kartu 4111 1111 1111 1111 ditolak', RULE)).toEqual([
      { text: '4111 1111 1111 1111', severity: 'warn', replacement: '************1111' },
    ]);
    expect(spans('bayar pakai 5500000000000004 gagal', RULE)).toEqual(['5500000000000004']);
  });

  it('leaves numbers that fail the Luhn check alone', () => {
    expect(spans('Kartu 4111 1111 1111 1112 ditolak', RULE)).toEqual([]);
    expect(spans('Nomor pesanan 5500000000000005 diproses', RULE)).toEqual([]);
  });

  it('does not read an order number as a card just because it passes Luhn', () => {
    expect(spans('Nomor pesanan 5500000000000004 diproses', RULE)).toEqual([]);
    expect(spans('Nomor pesanan kartu kredit 5500000000000004', RULE)).toEqual(['5500000000000004']);
  });
});
