/**
 * Ramadan, when the Ramadan working hours apply: from 1 Ramadan to the last day before 1 Syawal,
 * as the Minister of Religious Affairs fixes them after the sidang isbat (the government's dates;
 * some organisations start a day earlier). A team config adds or corrects periods.
 */
export const RAMADAN_PERIODS: readonly { from: string; to: string; note: string }[] = [
  // 1 Ramadan 1446 H on 1 March 2025; Idulfitri 31 March 2025 (SKB 2025).
  { from: '2025-03-01', to: '2025-03-30', note: 'Ramadan 1446 H' },
  // 1 Ramadan 1447 H on 19 February 2026 (sidang isbat of 17 February 2026); Idulfitri 21 March (SKB 2026).
  { from: '2026-02-19', to: '2026-03-20', note: 'Ramadan 1447 H' },
  // Estimate: one lunar year later; the sidang isbat may move either end by a day.
  { from: '2027-02-08', to: '2027-03-09', note: 'Ramadan 1448 H (provisional)' },
];
