import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.abusive';

describe('tone.abusive', () => {
  it('warns on insults in Indonesian, regional languages and English', () => {
    expect(found('Dasar goblok, kerja gitu aja nggak becus', RULE)).toEqual([{ text: 'goblok', severity: 'warn' }]);
    expect(spans('Jancuk, lampu merahnya mati lagi', RULE)).toEqual(['Jancuk']);
    expect(spans('Kehed, antreannya panjang pisan', RULE)).toEqual(['Kehed']);
    expect(spans('pantek lah urusan ko', RULE)).toEqual(['pantek']);
    expect(spans('What a stupid reply, admin', RULE)).toEqual(['stupid']);
  });

  it('sees through disguised spellings', () => {
    expect(spans('anj1ng lu min', RULE)).toEqual(['anj1ng']);
    expect(spans('Dasar a n j i n g', RULE)).toEqual(['a n j i n g']);
    expect(spans('bangs*t kalian semua', RULE)).toEqual(['bangs*t']);
    expect(spans('kontl', RULE)).toEqual(['kontl']);
    expect(spans('gobloook bener', RULE)).toEqual(['gobloook']);
    expect(spans('bangsatnya nggak ketemu', RULE)).toEqual(['bangsatnya']);
  });

  it('leaves innocent words that contain or resemble an insult alone', () => {
    expect(spans('Para bangsawan Keraton hadir di Pantai Parangtritis', RULE)).toEqual([]);
    expect(spans('Ekor pesawat (tail) ditemukan tim SAR', RULE)).toEqual([]);
    expect(spans('Kunjungi stan kami di alun-alun', RULE)).toEqual([]);
    expect(spans('Silakan datang ke FK Universitas Airlangga', RULE)).toEqual([]);
  });

  it('leaves animals in their literal sense alone, but not when they are hurled at someone', () => {
    expect(spans('Anjing pelacak K9 Polres berhasil menemukan barang bukti', RULE)).toEqual([]);
    expect(spans('Waspada demam babi Afrika, peternak babi diminta melapor', RULE)).toEqual([]);
    expect(spans('Ada tahi lalat di pipi kiri pelaku', RULE)).toEqual([]);
    expect(spans('Penari berbaju bodo tampil di pembukaan festival', RULE)).toEqual([]);
    expect(spans('Dasar babi kau', RULE)).toEqual(['babi']);
  });

  it('warns on newer entries and leaves their literal senses alone', () => {
    expect(spans('Kurang ajar, dasar begundal', RULE)).toEqual(['Kurang ajar', 'begundal']);
    expect(spans('Dasar homo', RULE)).toEqual(['homo']);
    expect(spans('Fosil Homo erectus dipamerkan di Museum Sangiran', RULE)).toEqual([]);
    expect(spans('Pengadaan dinyatakan cacat prosedur; barang diterima tanpa cacat', RULE)).toEqual([]);
    expect(spans('Dasar cacat', RULE)).toEqual(['cacat']);
    expect(spans('BKSDA menghalau seekor monyet yang masuk ke permukiman', RULE)).toEqual([]);
    expect(spans('Kajian Subuh: tanda orang munafik ada tiga', RULE)).toEqual([]);
    expect(spans('Bunga bangkai mekar di Kebun Raya Bogor', RULE)).toEqual([]);
    expect(spans('Wakil Gubernur meninjau peternakan sapi dan babi di Kabupaten Karo', RULE)).toEqual([]);
    expect(spans('Jangan takut disuntik, ini bukan tetek bengek birokrasi', RULE)).toEqual([]);
  });

  it('lets a team raise the severity to block', () => {
    expect(found('bangsat', RULE, { rules: { [RULE]: { severity: 'block' } } })).toEqual([{ text: 'bangsat', severity: 'block' }]);
  });
});
