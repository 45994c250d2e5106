import { describe, expect, test } from 'vitest';
import { check } from '../../../../src/checks';
import { PILLAR_RULES } from '../../../../src/checks/rules/pillar';
import { parseConfig } from '../../../../src/config/parse';
import type { RuleConfigInput } from '../../../../src/config/schema';

const hints = (text: string, input: RuleConfigInput = {}) => {
  const result = parseConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return check(text, result.config).findings.filter((f) => f.category === 'pillar' && f.rule.startsWith('pillar.'));
};
const ids = (text: string, input?: RuleConfigInput) => hints(text, input).map((f) => f.rule).sort();

// A real-looking post that speaks only as the government and gives no figures, channel or invitation.
const bare =
  'Pemerintah Kabupaten Sleman meresmikan gedung pelayanan terpadu di Kecamatan Depok pada Kamis pagi. ' +
  'Gedung ini menggantikan kantor lama yang sudah tidak layak pakai.';

describe('pillar and principle hints', () => {
  test('the twelve rules have the documented ids', () => {
    expect(PILLAR_RULES.map((r) => r.id)).toEqual([
      'pillar.government',
      'pillar.business',
      'pillar.society',
      ...['participation', 'rule-of-law', 'transparency', 'responsiveness', 'consensus', 'equity', 'effectiveness', 'accountability', 'strategic-vision'].map(
        (p) => `pillar.principle.${p}`,
      ),
    ]);
  });

  test('a bare post gets one hint per missing pillar and the three most useful principle hints', () => {
    expect(ids(bare)).toEqual(
      ['pillar.business', 'pillar.society', 'pillar.principle.participation', 'pillar.principle.responsiveness', 'pillar.principle.transparency'].sort(),
    );
  });

  test('hints are info-level, say what to add with an example, and sit at the end of the draft', () => {
    for (const hint of hints(bare)) {
      expect(hint.severity).toBe('info');
      expect([hint.start, hint.end]).toEqual([bare.length, bare.length]);
      expect(hint.message.id).toMatch(/mis\. “.+”/);
      expect(hint.message.en).toMatch(/e\.g\. “.+”/);
    }
  });

  test('a short reply gets no hints', () => {
    expect(hints('Terima kasih laporannya, Kak. Petugas kami segera menuju lokasi untuk memeriksa pipa yang bocor.')).toEqual([]);
  });

  test('a reply addressed to @someone gets no hints, however long', () => {
    expect(hints(`@warga_sleman ${bare}`)).toEqual([]);
  });

  test('covering a principle takes its hint away and the next most useful one takes the slot', () => {
    const withChannel = `${bare} Pertanyaan dan aduan: hubungi 0274-868405, Senin–Jumat 08.00–15.30 WIB.`;
    const principles = ids(withChannel).filter((id) => id.includes('principle'));
    expect(principles).not.toContain('pillar.principle.responsiveness');
    expect(principles).toHaveLength(3);
  });

  test('a principle the team turned off frees its slot instead of hiding a hint', () => {
    const principles = ids(bare, { rules: { 'pillar.principle.participation': { enabled: false } } }).filter((id) => id.includes('principle'));
    expect(principles).not.toContain('pillar.principle.participation');
    expect(principles).toHaveLength(3);
  });

  test('the coverage threshold comes from the config', () => {
    // "pendaftaran" alone is a weak participation signal: enough only under a lenient threshold.
    const text = `${bare} Pendaftaran pengguna layanan dibuka mulai besok.`;
    expect(ids(text)).toContain('pillar.principle.participation');
    expect(ids(text, { thresholds: { pillarCovered: 0.3 } })).not.toContain('pillar.principle.participation');
  });

  test('a post that covers everything gets no hints', () => {
    const full =
      'Pemerintah Kota Bandung bersama pelaku UMKM dan komunitas warga membuka bantuan modal usaha. Sesuai Perwal No. 12 Tahun 2025, ' +
      'anggaran Rp 2,5 miliar untuk 1.200 penerima, termasuk lansia dan penyandang disabilitas, tanpa dipungut biaya. Sampaikan masukan ' +
      'melalui https://s.id/masukan-umkm. Aduan: hubungi 022-4234793, Senin–Jumat 08.00–16.00 WIB. Penanggung jawab: Kepala Dinas ' +
      'Koperasi. Kriteria penerima disepakati dalam musyawarah bersama paguyuban. Target tersalurkan tepat waktu, bagian dari RPJMD menuju 2045.';
    expect(hints(full)).toEqual([]);
  });
});
