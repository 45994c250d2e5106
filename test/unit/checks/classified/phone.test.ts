import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.phone';

describe('classified.phone', () => {
  it('warns on a personal mobile number in its usual spellings and points to the official channel', () => {
    const [first] = found('Kalau ada kendala WA saya aja di 0812-3456-7890 ya', RULE);
    expect(first).toMatchObject({ text: '0812-3456-7890', severity: 'warn' });
    expect(first!.replacement).toContain('kanal');
    expect(spans('Hubungi +62 813 1234 5678 (Pak Dedi)', RULE)).toEqual(['+62 813 1234 5678']);
    expect(spans('nomornya 6285712345678', RULE)).toEqual(['6285712345678']);
    expect(spans('hp: ０８１２３４５６７８９０', RULE)).toEqual(['０８１２３４５６７８９０']);
    expect(spans('WA: 0 8 1 2 3 4 5 6 7 8 9 0 ya', RULE)).toEqual(['0 8 1 2 3 4 5 6 7 8 9 0']);
  });

  it('only notes a number given as a call centre or an office landline', () => {
    expect(found('Call center PSC: 0811-2345-678', RULE)).toEqual([{ text: '0811-2345-678', severity: 'info' }]);
    expect(found('Layanan pengaduan via WA 0811-2345-6789', RULE)).toEqual([{ text: '0811-2345-6789', severity: 'info' }]);
    expect(found('Telp. kantor (022) 4231234', RULE)).toEqual([{ text: '(022) 4231234', severity: 'info' }]);
  });

  it('leaves published service numbers, toll-free numbers and dates alone', () => {
    expect(spans('Darurat? Hubungi 112. Polisi 110, ambulans 119.', RULE)).toEqual([]);
    expect(spans('Call center Kemenkes 1500-567 dan bebas pulsa 0800-1-500-500', RULE)).toEqual([]);
    expect(spans('Rapat 12-03-2024 pukul 09.00 WIB', RULE)).toEqual([]);
    expect(spans('Nomor surat 0851234567/Diskominfo', RULE)).toEqual([]);
    expect(spans('Pilih 1 2 3 4 5 6 7 8 9 atau 0', RULE)).toEqual([]);
  });
});
