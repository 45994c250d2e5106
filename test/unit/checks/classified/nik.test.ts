import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/checks';
import { found, spans } from './found';

const RULE = 'classified.nik';
// 31 DKI Jakarta, 71 Jakarta Pusat, kecamatan 01; born 12-05-1990 (man); serial 0001.
const MAN = '3171011205900001';
// 32 Jawa Barat; day 52 = 12 + 40, a woman born 12-08-1985.
const WOMAN = '3273145208850003';

describe('classified.nik', () => {
  it('blocks a valid NIK in a reply and points at its digits', () => {
    const draft = `Mohon dicek min, NIK saya ${MAN} belum masuk DTKS.`;
    expect(found(draft, RULE)).toEqual([{ text: MAN, severity: 'block', replacement: '3171**********01' }]);
  });

  it('recognises a woman’s NIK (day + 40) without any context word', () => {
    expect(spans(`Data ibu ${WOMAN} sudah dikirim`, RULE)).toEqual([WOMAN]);
  });

  it('catches NIKs written with spaces, dots or dashes between groups', () => {
    for (const written of ['3171 0112 0590 0001', '3171.0112.0590.0001', '317101-120590-0001']) {
      expect(spans(`Data warga: ${written}, mohon dibantu`, RULE)).toEqual([written]);
    }
  });

  it('catches full-width digits and zero-width characters, with offsets on the original characters', () => {
    const wide = '３１７１０１１２０５９００００１';
    expect(spans(`NIK ${wide}`, RULE)).toEqual([wide]);
    const hidden = MAN.split('').join('\u200b');
    const draft = `ini ${hidden} datanya`;
    const [finding] = check(draft).findings.filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({ start: 4, end: 4 + hidden.length });
  });

  it('trusts the word NIK for a number with a real province even when its date part is odd', () => {
    expect(spans('NIK 3171 0112 9001 0001 tidak terbaca', RULE)).toEqual(['3171 0112 9001 0001']);
    expect(spans('Data warga: 3171 0112 9001 0001', RULE)).toEqual([]);
  });

  it('reads a capital O written for a zero', () => {
    expect(spans('NIK 3171O112O5900001 ya', RULE)).toEqual(['3171O112O5900001']);
    expect(spans('Top 10 orang pilihan', RULE)).toEqual([]);
  });

  it('leaves order numbers with impossible dates, amounts and other long numbers alone', () => {
    expect(spans('Nomor pesanan 3171013205900001 sedang diproses', RULE)).toEqual([]); // day 32
    expect(spans('Nomor resi 0871011205900001 sudah dikirim', RULE)).toEqual([]); // province 08 does not exist
    expect(spans('Anggaran Rp 317.101.120.590.000 untuk jalan desa', RULE)).toEqual([]);
    expect(spans('Kode transaksi INV3171011205900001', RULE)).toEqual([]);
  });

  it('does not call a Visa card number a NIK', () => {
    expect(spans('Kartu 4111 1111 1111 1111 terblokir', RULE)).toEqual([]);
  });
});
