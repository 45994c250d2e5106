import { describe, expect, test } from 'vitest';
import { check } from '../../../src/checks';
import type { Finding, Report } from '../../../src/checks/types';
import { decide, MIN_REASON_LENGTH, reasonAccepted } from '../../../src/guard/decide';

const base = check('');
const finding = (rule: string, severity: Finding['severity']): Finding => ({
  rule,
  category: 'classified',
  severity,
  start: 0,
  end: 4,
  message: { id: 'pesan', en: 'message' },
});
const withFindings = (...findings: Finding[]): Report => ({ ...base, findings });

describe('the guard decision', () => {
  test('a draft without findings is published clean', () => {
    expect(decide(withFindings())).toEqual({ action: 'pass', outcome: 'published-clean', rules: [] });
  });

  test('hints alone do not stop or flag a post', () => {
    expect(decide(withFindings(finding('pillar.society', 'info')))).toEqual({ action: 'pass', outcome: 'published-clean', rules: [] });
  });

  test('warnings let the post through and are recorded by rule', () => {
    expect(decide(withFindings(finding('tone.informal', 'warn'), finding('tone.informal', 'warn'), finding('pillar.society', 'info')))).toEqual({
      action: 'pass',
      outcome: 'published-warnings',
      rules: ['tone.informal'],
    });
  });

  test('any blocking finding holds the post, listing only what blocks', () => {
    const nik = finding('classified.nik', 'block');
    const decision = decide(withFindings(finding('tone.informal', 'warn'), nik, { ...nik, start: 10, end: 26 }));
    expect(decision).toEqual({ action: 'hold', blocking: [nik, { ...nik, start: 10, end: 26 }], rules: ['classified.nik'] });
  });

  test('an override reason must have at least the minimum length, spaces around it not counted', () => {
    expect(MIN_REASON_LENGTH).toBe(15);
    expect(reasonAccepted('Sudah disetujui')).toBe(true);
    expect(reasonAccepted('terlalu pendek')).toBe(false);
    expect(reasonAccepted(`   ${'a'.repeat(14)}      `)).toBe(false);
    expect(reasonAccepted('')).toBe(false);
  });
});
