import { describe, expect, test } from 'vitest';
import { check } from '../../../../src/checks';
import { TYPING_LIMIT } from '../../../../src/checks/engine';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults';

const NIK = '3171014508900003';
const filler = (length: number) => 'Pelayanan publik berjalan baik. '.repeat(Math.ceil(length / 32)).slice(0, length);

describe('the length cap for checking while typing', () => {
  test('a draft within the limit is checked whole and says nothing of a cut', () => {
    const report = check(`${filler(1000)} NIK ${NIK}`, DEFAULT_CONFIG, { limit: TYPING_LIMIT });
    expect(report.checkedLength).toBeUndefined();
    expect(report.findings.map((finding) => finding.rule)).toContain('classified.nik');
  });

  test('a longer draft is checked up to the limit, and the report says how far', () => {
    const text = `NIK ${NIK} ${filler(TYPING_LIMIT + 5000)}`;
    const report = check(text, DEFAULT_CONFIG, { limit: TYPING_LIMIT });
    expect(report.checkedLength).toBe(TYPING_LIMIT);
    expect(report.findings.every((finding) => finding.end <= TYPING_LIMIT)).toBe(true);
    expect(report.findings.map((finding) => finding.rule)).toContain('classified.nik');
  });

  test('what lies past the limit is found by the full check at Post', () => {
    const text = `${filler(TYPING_LIMIT + 100)} NIK ${NIK}`;
    expect(check(text, DEFAULT_CONFIG, { limit: TYPING_LIMIT }).findings.map((f) => f.rule)).not.toContain('classified.nik');
    expect(check(text).findings.map((f) => f.rule)).toContain('classified.nik');
  });

  test('the cut never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😂 tail`;
    expect(check(text, DEFAULT_CONFIG, { limit: 10 }).checkedLength).toBe(9);
  });
});
