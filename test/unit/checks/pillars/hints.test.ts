import { describe, expect, test } from 'vitest';
import { check } from '../../../../src/checks';
import { postType } from '../../../../src/checks/pillars/post-type';
import { PILLAR_RULES } from '../../../../src/checks/rules/pillar';
import { parseConfig } from '../../../../src/config/parse';
import type { RuleConfigInput } from '../../../../src/config/schema';

const configOf = (input: RuleConfigInput = {}) => {
  const result = parseConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
};
const hints = (text: string, input: RuleConfigInput = {}) => check(text, configOf(input)).findings.filter((f) => f.category === 'pillar');
const ids = (text: string, input?: RuleConfigInput) => hints(text, input).map((f) => f.rule).sort();
const applyFix = (text: string, finding: { start: number; end: number; suggestion?: { replacement: string } }) =>
  text.slice(0, finding.start) + finding.suggestion!.replacement + text.slice(finding.end);

// A report of a finished building: no channel, figures or invitation, and nothing it must carry.
const report =
  'Pemerintah Kabupaten Sleman meresmikan gedung pelayanan terpadu di Kecamatan Depok pada Kamis pagi. ' +
  'Gedung ini menggantikan kantor lama yang sudah tidak layak pakai.';
// A service announcement with its schedule but no word on where to ask.
const service = 'Pendaftaran vaksinasi HPV untuk siswi kelas 5 dibuka Senin, 14 Juli 2025, pukul 08.00 di Puskesmas Depok.';
// A new rule without its legal basis.
const policy = 'Mulai 1 Agustus 2025, setiap pemilik kendaraan wajib membayar retribusi parkir tepi jalan sebesar Rp3.000 per jam.';

describe('pillar and principle suggestions', () => {
  test('the twelve rules keep their documented ids', () => {
    expect(PILLAR_RULES.map((r) => r.id)).toEqual([
      'pillar.government',
      'pillar.business',
      'pillar.society',
      ...['participation', 'rule-of-law', 'transparency', 'responsiveness', 'consensus', 'equity', 'effectiveness', 'accountability', 'strategic-vision'].map(
        (p) => `pillar.principle.${p}`,
      ),
    ]);
  });

  test('drafts are sorted into post types by what they do', () => {
    expect(postType('@warga_sleman Jalan sudah kami tambal pagi ini.')).toBe('reply');
    expect(postType('Selamat memperingati Maulid Nabi Muhammad SAW.')).toBe('greeting');
    expect(postType('Warga bantaran sungai segera mengungsi ke balai desa.')).toBe('emergency');
    expect(postType(policy)).toBe('policy');
    expect(postType(service)).toBe('service');
    expect(postType('Jumat berkah, admin pamit ngopi dulu.')).toBe('greeting');
  });

  test('a clean post, a reply and a greeting show nothing to act on: coverage belongs in the meters', () => {
    expect(hints(report)).toEqual([]);
    expect(hints(`@warga_sleman ${report}`)).toEqual([]);
    expect(hints('Terima kasih laporannya, Kak. Petugas kami segera menuju lokasi untuk memeriksa pipa yang bocor.')).toEqual([]);
    expect(hints('Selamat Hari Raya Nyepi bagi umat Hindu. Semoga damai selalu.')).toEqual([]);
    // The meters still show what the post covers.
    expect(check(report).pillars.government.score).toBeGreaterThanOrEqual(0.5);
  });

  test('a service announcement without a channel gets one suggestion: where to ask', () => {
    expect(ids(service)).toEqual(['pillar.principle.responsiveness']);
  });

  test('a new rule without its legal basis is asked for it', () => {
    expect(ids(policy)).toContain('pillar.principle.rule-of-law');
  });

  test('a suggestion sits at the end of the draft and its fix appends a sentence that raises nothing new', () => {
    for (const draft of [service, policy]) {
      for (const hint of hints(draft)) {
        expect(hint.severity).toBe('info');
        expect([hint.start, hint.end]).toEqual([draft.length, draft.length]);
        const fixed = applyFix(draft, hint);
        expect(fixed.startsWith(`${draft} `)).toBe(true);
        const after = check(fixed);
        // No phone number, address or other finding comes with the pasted sentence.
        expect(after.findings.filter((f) => f.start >= draft.length && f.category !== 'pillar')).toEqual([]);
      }
    }
    // A sentence with nothing left to fill in covers what it was asked for.
    const [hint] = hints(service);
    expect(hint!.suggestion!.replacement).not.toMatch(/\[/);
    expect(ids(applyFix(service, hint!))).toEqual([]);
  });

  test('the team config sets expectations per post type and can turn a suggestion off', () => {
    expect(ids(report, { expectations: { report: ['society', 'participation'] } })).toEqual(['pillar.principle.participation']);
    expect(ids(service, { expectations: { service: [] } })).toEqual([]);
    expect(ids(service, { rules: { 'pillar.principle.responsiveness': { enabled: false } } })).toEqual([]);
  });

  test('the coverage threshold comes from the config', () => {
    // The bare word "aduan" is a weak responsiveness signal: enough only under a lenient threshold.
    const text = `${service} Aduan disampaikan kepada petugas.`;
    expect(ids(text)).toContain('pillar.principle.responsiveness');
    expect(ids(text, { thresholds: { pillarCovered: 0.3 } })).not.toContain('pillar.principle.responsiveness');
  });
});
