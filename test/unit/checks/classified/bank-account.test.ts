import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.bank-account';

describe('classified.bank-account', () => {
  it('warns on an account number next to a bank or rekening and masks it', () => {
    expect(found('Silakan transfer ke rekening BCA 1234567890 a.n. Budi', RULE)).toEqual([
      { text: '1234567890', severity: 'warn', replacement: '******7890' },
    ]);
    expect(spans('No. rek Mandiri 123-00-1234567-8', RULE)).toEqual(['123-00-1234567-8']);
  });

  it('only notes an institution’s published donation account', () => {
    expect(found('Donasi banjir: rekening BNI 1234567890 a.n. Pemkab Bantul', RULE)).toEqual([{ text: '1234567890', severity: 'info' }]);
  });

  it('leaves long numbers without a bank context alone', () => {
    expect(spans('Nomor registrasi 1234567890 sudah aktif', RULE)).toEqual([]);
    expect(spans('Penerima bantuan 1.234.567 jiwa', RULE)).toEqual([]);
  });
});
