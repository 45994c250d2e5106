import { describe, expect, test } from 'vitest';
import { buildReport, drillDown } from '../../../../src/tracker/report/report';
import { selectPeriod } from '../../../../src/tracker/report/period';
import { EMPTY_ROWS } from '../../../../src/tracker/report/rows';
import { HOUR, MIN, NOW, rowsOf, thread, WALL } from './rows';

const OPTIONS = { period: '7d' as const, now: NOW, timeZone: 'Asia/Jakarta', clocks: WALL, targetMs: 60 * MIN };
const WIB = 7 * HOUR;

describe('period', () => {
  test('7 days are today and the six local days before it; the previous period is the week before', () => {
    const period = selectPeriod('7d', NOW, WIB);
    expect(new Date(period.start + WIB).toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(period.days).toHaveLength(7);
    expect(period.previous.end).toBe(NOW - 7 * 24 * HOUR);
  });

  test('today starts at midnight in the account zone, not in UTC', () => {
    const period = selectPeriod('today', NOW, 9 * HOUR);
    expect(new Date(period.start + 9 * HOUR).toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
});

describe('report', () => {
  test('an empty store gives no figures rather than zeros that look like a perfect week', () => {
    const report = buildReport(EMPTY_ROWS, OPTIONS);
    expect(report.current.volume.incoming).toBe(0);
    expect(report.current.volume.responseRate).toBeUndefined();
    expect(report.current.response.wall.median).toBeUndefined();
    expect(report.current.response.withinTarget.share).toBeUndefined();
    expect(report.backlog.oldest).toBeUndefined();
    expect(report.trend.every((day) => day.incoming === 0)).toBe(true);
    expect(report.audit.overrides).toEqual([]);
  });

  test('volume, response rate, times, target and backlog of a week', () => {
    const threads = [thread(60, 10), thread(120, 30), thread(180, 90), thread(240), thread(20), thread(300, 5, { state: 'no-reply-needed' })];
    threads[5]!.episode.firstResponseAt = undefined;
    const report = buildReport(rowsOf(threads), OPTIONS);
    const { volume, response } = report.current;
    expect(volume.incoming).toBe(6);
    // 3 answered of 5 that needed a reply.
    expect(volume.responseRate).toBeCloseTo(3 / 5);
    expect(response.answered).toBe(3);
    expect(response.waiting).toBe(2);
    // Waits 10, 30, 90 answered; 240 and 20 censored: KM median is 90 (the 20 leaves before 30).
    expect(response.wall.median).toEqual({ ms: 90 * MIN, atLeast: false });
    expect(response.working).toBeUndefined();
    // In time: 10, 30; late: 90 answered, 240 waiting; pending: the 20-minute wait.
    expect(response.withinTarget).toMatchObject({ inTime: 2, late: 2, pending: 1, share: 0.5 });
    expect(report.backlog.waiting).toBe(2);
    expect(report.backlog.overdue).toBe(1);
    expect(report.backlog.oldest?.ageMs).toBe(240 * MIN);
  });

  test('the working clock, when known, gives its own median beside the wall clock', () => {
    const halfTime = (start: number, end: number) => Math.max(0, end - start) / 2;
    const report = buildReport(rowsOf([thread(60, 40), thread(100, 80)]), { ...OPTIONS, clocks: { wall: WALL.wall, working: halfTime, target: 'working' } });
    expect(report.current.response.wall.median?.ms).toBe(40 * MIN);
    expect(report.current.response.working?.median?.ms).toBe(20 * MIN);
    expect(report.current.response.withinTarget.clock).toBe('working');
    expect(report.current.response.withinTarget.share).toBe(1);
  });

  test('change against the previous period', () => {
    const week = 7 * 24 * 60;
    const report = buildReport(rowsOf([thread(60, 10), thread(70, 10), thread(week + 60, 10)]), OPTIONS);
    expect(report.previous.volume.incoming).toBe(1);
    expect(report.changes.incoming).toBe(1);
  });

  test('heatmap counts arrivals in the account zone and marks the overdue ones', () => {
    // NOW is Thursday 3 December 2026, 12:00 WIB: items 2 hours and 2 h 5 min ago arrived at 10:00 and 09:55.
    const report = buildReport(rowsOf([thread(120), thread(125, 5)]), OPTIONS);
    const cell = report.heatmap.find((c) => c.incoming > 0)!;
    expect(cell).toMatchObject({ weekday: 3, hour: 9, incoming: 1 });
    const ten = report.heatmap.find((c) => c.weekday === 3 && c.hour === 10)!;
    expect(ten).toMatchObject({ incoming: 1, overdue: 1 });
    // Nobody had Pilar open: every cell's figures are unknown, not zero.
    expect(report.heatmap.every((c) => c.coveredHours === 0)).toBe(true);
  });

  test('distribution in the five buckets, waiting ones apart', () => {
    const report = buildReport(rowsOf([thread(600, 30), thread(600, 90), thread(600, 300), thread(2000, 600), thread(3000, 1500), thread(30)]), OPTIONS);
    expect(report.distribution.map((b) => [b.id, b.answered, b.waiting])).toEqual([
      ['0-1h', 1, 1],
      ['1-4h', 1, 0],
      ['4-8h', 1, 0],
      ['8-24h', 1, 0],
      ['24h+', 1, 0],
    ]);
  });

  test('tables per platform, category and admin, with the first replier credited', () => {
    const threads = [thread(60, 10, { platform: 'facebook', category: 'aduan', observedBy: 'budi' }), thread(60, 20, { observedBy: 'sari' }), thread(90, 20, { observedBy: 'sari' })];
    const report = buildReport(rowsOf(threads), OPTIONS);
    expect(report.tables.platform.map((row) => [row.key, row.episodes])).toEqual([
      ['x', 2],
      ['facebook', 1],
    ]);
    expect(report.tables.category.map((row) => row.key)).toEqual(['pertanyaan', 'aduan']);
    expect(report.tables.admin.map((row) => [row.key, row.repliesSent, row.answered])).toEqual([
      ['sari', 2, 2],
      ['budi', 1, 1],
    ]);
  });

  test('every figure drills down to its items', () => {
    const threads = [thread(60, 90), thread(30)];
    const rows = rowsOf(threads);
    const report = buildReport(rows, OPTIONS);
    const late = drillDown(rows, report.current.response.withinTarget.lateIds);
    expect(late.map((d) => d.items[0]!.snippet)).toEqual([threads[0]!.item.snippet]);
    expect(drillDown(rows, report.backlog.ids)).toHaveLength(1);
  });

  test('guard audit: findings by category and the overrides with their reasons, newest first', () => {
    const rows = rowsOf([], [
      { id: 'a', at: NOW - HOUR, platform: 'x', editorKind: 'reply', outcome: 'published-over-block', rules: ['classified.nik'], reason: 'Atas izin Kadis' },
      { id: 'b', at: NOW - 2 * HOUR, platform: 'x', editorKind: 'post', outcome: 'held', rules: ['tone.abusive', 'classified.nik'] },
      { id: 'c', at: NOW - 3 * HOUR, platform: 'x', editorKind: 'post', outcome: 'published-clean', rules: [] },
      { id: 'd', at: NOW - 30 * 24 * HOUR, platform: 'x', editorKind: 'post', outcome: 'published-over-block', rules: ['tone.hate'], reason: 'lama' },
    ]);
    const { audit } = buildReport(rows, OPTIONS);
    expect(audit.checked).toBe(3);
    expect(audit.findings).toEqual({ tone: 1, pillar: 0, classified: 2 });
    expect(audit.overrides.map((o) => o.reason)).toEqual(['Atas izin Kadis']);
  });

  test('five measures say plainly what a browser cannot observe', () => {
    const report = buildReport(rowsOf([thread(60, 10, { author: 'ani' }), thread(90, 10, { author: 'ani' })]), OPTIONS);
    const traffic = report.measures.find((m) => m.id === 'traffic')!;
    expect(traffic.observed).toEqual([]);
    expect(traffic.unobserved).toEqual(['traffic-needs-web-analytics']);
    const reach = report.measures.find((m) => m.id === 'frequency-reach')!;
    expect(reach.observed.find((o) => o.id === 'unique-citizens')?.value).toBe(1);
  });

  test('rekap groups the input by category and post, in the citizens own words', () => {
    const rows = rowsOf([
      thread(60, undefined, { category: 'aduan', threadId: 'banjir', snippet: 'Jalan Sudirman banjir lagi!' }),
      thread(50, undefined, { category: 'aduan', threadId: 'banjir', snippet: 'Got mampet' }),
      thread(40, undefined, { category: 'apresiasi', threadId: 'banjir', snippet: 'Terima kasih' }),
    ]);
    const { rekap } = buildReport(rows, OPTIONS);
    expect(rekap.map((c) => [c.category, c.count])).toEqual([
      ['aduan', 2],
      ['apresiasi', 1],
    ]);
    expect(rekap[0]!.topics[0]!.items.map((i) => i.text)).toEqual(['Jalan Sudirman banjir lagi!', 'Got mampet']);
  });

  test('coverage: hours someone watched per account; the rest unknown', () => {
    const rows = { ...rowsOf([thread(60, 10)]), coverage: [1, 2, 2].map((h) => ({ platform: 'x' as const, account: 'pemkot', hourStart: Math.floor(NOW / HOUR) * HOUR - h * HOUR, observedBy: h === 1 ? 'a' : 'b' })) };
    const report = buildReport(rows, { ...OPTIONS, period: 'today' });
    expect(report.coverage).toEqual([{ platform: 'x', account: 'pemkot', coveredHours: 2, periodHours: 12, share: 2 / 12, observers: ['a', 'b'] }]);
  });
});
