/**
 * Province codes that open a NIK or KK number (Permendagri 58/2021, Kepmendagri 300.2.2-2138/2025,
 * via cahyadsn/wilayah). A NIK keeps the code of the place it was first issued for life, so the
 * codes in use before the 2022 Papua split (91, 92) stay valid beside 93–96.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36',
  '51', '52', '53',
  '61', '62', '63', '64', '65',
  '71', '72', '73', '74', '75', '76',
  '81', '82',
  '91', '92', '93', '94', '95', '96',
]);

/** Kabupaten are numbered 01–69 and kota 71–99 within their province. */
export function isRegencyCode(code: string): boolean {
  const n = Number(code);
  return (n >= 1 && n <= 69) || (n >= 71 && n <= 99);
}
