import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.exempt-topic';

describe('classified.exempt-topic', () => {
  it('warns on details of an ongoing investigation, defence operations and unannounced economic plans', () => {
    expect(found('Tim sudah menyusun rencana penggerebekan gudang di Cikarang', RULE)).toEqual([{ text: 'rencana penggerebekan', severity: 'warn' }]);
    expect(spans('Berikut identitas pelapor kasus korupsi dana desa', RULE)).toEqual(['identitas pelapor']);
    expect(spans('Posisi pasukan saat ini di perbatasan', RULE)).toEqual(['Posisi pasukan']);
    expect(spans('Ada bocoran kenaikan tarif listrik bulan depan', RULE)).toEqual(['bocoran kenaikan']);
  });

  it('warns on internal memos and unfinished drafts', () => {
    expect(spans('Terlampir nota dinas internal soal mutasi', RULE)).toEqual(['nota dinas internal']);
    expect(spans('Ini draf belum final, tidak untuk disebarluaskan', RULE)).toEqual(['draf belum final', 'tidak untuk disebarluaskan']);
  });

  it('warns on the health records of a named person, not on health information in general', () => {
    expect(spans('Hasil rekam medis pasien atas nama Budi Santoso sudah keluar', RULE)).toEqual(['rekam medis']);
    expect(spans('Cek riwayat penyakit Anda di Puskesmas terdekat', RULE)).toEqual([]);
    expect(spans('Rekam medis elektronik wajib di semua rumah sakit', RULE)).toEqual([]);
  });

  it('leaves announcements about public processes alone', () => {
    for (const draft of [
      'Kasus ini masih dalam penyelidikan, kami akan menyampaikan perkembangannya.',
      'Sebanyak 500 personel gabungan diterjunkan untuk pengamanan mudik.',
      'Bank Indonesia mengumumkan suku bunga acuan tetap 6 persen.',
      'Informasi itu hoaks, jangan disebarluaskan.',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });
});
