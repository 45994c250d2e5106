import { describe, expect, test } from 'vitest';
import { normalize } from '../../../../src/checks/normalize';
import { analyzePillars } from '../../../../src/checks/pillars/analyze';
import type { Coverage } from '../../../../src/checks/types';

const analyze = (text: string, language: 'id' | 'en' = 'id') => analyzePillars(normalize(text), language);
const shown = (text: string, coverage: Coverage) => coverage.evidence.map((e) => text.slice(e.start, e.end));

describe('the three pillars', () => {
  test('a post naming the agency, MSMEs and residents covers all three, with the words as evidence', () => {
    const text = 'Dinas Koperasi Kota Bogor mengajak pelaku UMKM dan warga Kelurahan Tegallega mengikuti pelatihan pemasaran digital.';
    const report = analyze(text);
    expect(report.government.score).toBeGreaterThanOrEqual(0.5);
    expect(report.business.score).toBeGreaterThanOrEqual(0.5);
    expect(report.society.score).toBeGreaterThanOrEqual(0.5);
    expect(shown(text, report.business)).toContain('pelaku UMKM');
    expect(shown(text, report.society)).toContain('warga');
  });

  test('a post that speaks only as the government leaves business and society uncovered', () => {
    const report = analyze('Bupati Sleman meresmikan gedung baru Dinas Pekerjaan Umum pada Kamis pagi.');
    expect(report.government.score).toBeGreaterThanOrEqual(0.5);
    expect(report.business.score).toBe(0);
    expect(report.society.score).toBe(0);
  });

  test('"PT" counts as a company only when written in capitals before a name', () => {
    expect(analyze('Kerja bakti bersama PT Sinar Jaya di bantaran sungai.').business.score).toBeGreaterThanOrEqual(0.5);
    expect(analyze('Lapangan pt dibuka untuk umum.').business.score).toBe(0);
  });

  test('an English draft is read with English signals', () => {
    const report = analyze('The city government and private sector partners invite residents and volunteers to the river clean-up.', 'en');
    expect(report.government.score).toBeGreaterThanOrEqual(0.5);
    expect(report.business.score).toBeGreaterThanOrEqual(0.5);
    expect(report.society.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the nine principles need concrete signals', () => {
  test.each([
    ['participation', 'Sampaikan masukan Anda tentang rencana trotoar baru melalui survei daring.', 'Sampaikan masukan'],
    ['rule-of-law', 'Penertiban reklame dilakukan sesuai Perda No. 8 Tahun 2023.', 'Perda No. 8'],
    ['rule-of-law', 'Data pribadi dilindungi UU 27/2022.', 'UU 27'],
    ['transparency', 'Anggaran perbaikan jalan tahun ini Rp 12,4 miliar.', 'Rp 12,4 miliar'],
    ['responsiveness', 'Keluhan layanan air? Hubungi 0811-2233-4455, Senin–Jumat.', 'Hubungi 0811-2233-4455'],
    ['responsiveness', 'Aduan dapat disampaikan melalui LAPOR! kapan saja.', 'LAPOR!'],
    ['consensus', 'Lokasi relokasi pedagang disepakati lewat musyawarah bersama paguyuban.', 'musyawarah'],
    ['equity', 'Layanan tanpa dipungut biaya, tersedia juru bahasa isyarat.', 'tanpa dipungut biaya'],
    ['effectiveness', 'Perbaikan 14 jembatan rampung tepat waktu.', 'tepat waktu'],
    ['accountability', 'Penanggung jawab kegiatan: Kepala Bidang Pengendalian Banjir.', 'Penanggung jawab'],
    ['strategic-vision', 'Pembangunan pelabuhan ini tercantum dalam RPJMD 2025–2029.', 'RPJMD'],
  ] as const)('%s: “%s”', (principle, text, evidence) => {
    const coverage = analyze(text).principles[principle];
    expect(coverage.score).toBeGreaterThanOrEqual(0.5);
    expect(shown(text, coverage)).toContain(evidence);
  });

  test('vague words alone do not cover a principle', () => {
    const report = analyze('Pemerintah berkomitmen pada transparansi, akuntabilitas dan partisipasi.');
    expect(report.principles.transparency.score).toBeLessThan(0.5);
    expect(report.principles.accountability.score).toBeLessThan(0.5);
    expect(report.principles.participation.score).toBeLessThan(0.5);
  });

  test('figures in a sentence about the weather are not a legal basis', () => {
    expect(analyze('Suhu hari ini 31 derajat, hujan ringan pukul 15.00.').principles['rule-of-law'].score).toBe(0);
  });

  test('variety scores higher than repetition, and the score saturates below 1', () => {
    const repeated = analyze('Data, data, data, data, data, data, data, data.').principles.transparency.score;
    const varied = analyze('Data realisasi anggaran: Rp 3 miliar, 85% terserap.').principles.transparency.score;
    expect(varied).toBeGreaterThan(repeated);
    expect(varied).toBeLessThan(1);
  });

  test('evidence points at the original characters after emoji and mixed case', () => {
    const text = '📣🙏 HUBUNGI Call Center 112 bila melihat kebakaran.';
    const evidence = analyze(text).principles.responsiveness.evidence;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test('a long draft keeps only a handful of evidence spans per principle', () => {
    const text = 'Lansia, penyandang disabilitas, ibu hamil, balita, warga daerah terpencil, gratis, bahasa isyarat. '.repeat(50);
    expect(analyze(text).principles.equity.evidence.length).toBeLessThanOrEqual(5);
  });
});
