import { describe, expect, test } from 'vitest';
import { ResponsesSchema } from '../../../src/config/responses';
import { defaultResponses } from '../../../src/config/responses-defaults';
import { formatRemaining, responseMetrics, targetFor, timingOf } from '../../../src/tracker/metrics';
import { at, episode, HOUR, MIN } from './rows';

const config = defaultResponses();
const MON = at('2026-12-07T09:00+07:00');

describe('one episode against its target', () => {
  test('an arrival off hours is due an hour after Monday opens; the wall clock still shows the whole wait', () => {
    const t = timingOf(episode('e', at('2026-12-05T22:00+07:00'), at('2026-12-07T08:00+07:00')), config, MON);
    expect(t).toMatchObject({
      clockStartsAt: at('2026-12-07T07:30+07:00'),
      deadline: at('2026-12-07T08:30+07:00'),
      wallMs: 34 * HOUR,
      workingMs: 30 * MIN,
      remainingMs: 30 * MIN,
      status: 'in-time',
    });
  });

  test('the Friday prayer break stretches the deadline; a reply after it is late by working time only', () => {
    const t = timingOf(episode('e', at('2026-12-04T11:00+07:00'), at('2026-12-04T13:45+07:00')), config, MON);
    expect(t).toMatchObject({ deadline: at('2026-12-04T13:30+07:00'), workingMs: 75 * MIN, remainingMs: -15 * MIN, status: 'late' });
    expect(formatRemaining(t.remainingMs, 'id')).toBe('lewat 15 menit');
  });

  test('a holiday between arrival and reply is not held against the team', () => {
    const t = timingOf(episode('e', at('2025-12-24T15:30+07:00'), at('2025-12-29T07:55+07:00')), config, MON);
    expect(t).toMatchObject({ deadline: at('2025-12-29T08:00+07:00'), workingMs: 55 * MIN, status: 'in-time' });
    expect(t.wallMs).toBe(4 * 24 * HOUR + 16 * HOUR + 25 * MIN);
  });

  test('in Ramadan the clock opens at 08:00', () => {
    const t = timingOf(episode('e', at('2026-03-03T07:00+07:00'), at('2026-03-03T09:15+07:00')), config, MON);
    expect(t).toMatchObject({ clockStartsAt: at('2026-03-03T08:00+07:00'), deadline: at('2026-03-03T09:00+07:00'), workingMs: 75 * MIN, status: 'late' });
  });

  test('a WIT account is judged on Jayapura hours when a WIB admin reads it', () => {
    const wit = ResponsesSchema.parse({ timeZone: { accounts: { 'x:pemprov-papua': 'Asia/Jayapura' } } });
    const e = episode('e', at('2026-12-07T06:00+09:00'), undefined, { account: 'pemprov-papua' });
    const now = at('2026-12-07T08:00+07:00'); // 10:00 in Jayapura
    expect(timingOf(e, wit, now)).toMatchObject({ zone: 'Asia/Jayapura', deadline: at('2026-12-07T08:30+09:00'), workingMs: 150 * MIN, status: 'overdue', remainingMs: -90 * MIN });
    // The same account read with Jakarta's clock would still be pending.
    expect(timingOf(e, config, now)).toMatchObject({ zone: 'Asia/Jakarta', status: 'pending', remainingMs: 30 * MIN });
  });

  test('a DM is due within one working day; a waiting item shows the working time left', () => {
    const dm = episode('d', at('2026-12-03T10:00+07:00'), undefined, { kind: 'dm' });
    const t = timingOf(dm, config, at('2026-12-04T09:35+07:00'));
    expect(t).toMatchObject({ deadline: at('2026-12-04T10:00+07:00'), status: 'pending', remainingMs: 25 * MIN });
    expect(formatRemaining(t.remainingMs, 'id')).toBe('sisa 25 menit');
    expect(formatRemaining(t.remainingMs, 'en')).toBe('25 min left');
  });
});

describe('targets from the config', () => {
  test('category beats platform, platform beats kind, and a wall-clock target ignores office hours', () => {
    const own = ResponsesSchema.parse({
      targets: {
        byPlatform: { instagram: { all: { amount: 2, unit: 'hours' } }, facebook: { dm: { amount: 4, unit: 'hours' } } },
        byCategory: { aduan: { amount: 30, unit: 'minutes', clock: 'wall' } },
      },
    }).targets;
    expect(targetFor({ platform: 'instagram', kind: 'comment', category: 'pertanyaan' }, own)).toEqual({ amount: 2, unit: 'hours', clock: 'working' });
    expect(targetFor({ platform: 'facebook', kind: 'dm', category: 'pertanyaan' }, own)).toEqual({ amount: 4, unit: 'hours', clock: 'working' });
    expect(targetFor({ platform: 'facebook', kind: 'comment', category: 'pertanyaan' }, own)).toEqual({ amount: 1, unit: 'hours', clock: 'working' });
    expect(targetFor({ platform: 'instagram', kind: 'dm', category: 'aduan' }, own)).toEqual({ amount: 30, unit: 'minutes', clock: 'wall' });
    const piket = ResponsesSchema.parse({ targets: { byCategory: { aduan: { amount: 30, unit: 'minutes', clock: 'wall' } } } });
    const t = timingOf(episode('e', at('2026-12-05T22:00+07:00'), undefined, { category: 'aduan' }), piket, at('2026-12-05T23:00+07:00'));
    expect(t).toMatchObject({ deadline: at('2026-12-05T22:30+07:00'), status: 'overdue', remainingMs: -30 * MIN });
    expect(formatRemaining(t.remainingMs, 'id', 'wall')).toBe('lewat 30 menit');
  });
});

describe('figures over many episodes', () => {
  const now = at('2026-12-09T15:00+07:00'); // Wednesday afternoon
  const opened = at('2026-12-09T08:00+07:00');
  const answeredAfter = (id: string, minutes: number) => episode(id, opened, opened + minutes * MIN);
  const waitingSince = (id: string, time: number) => episode(id, time);

  test('with every episode answered, medians and p90 are the plain ones on both clocks', () => {
    const episodes = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map((m, i) => answeredAfter(`a${i}`, m));
    const { overall } = responseMetrics(episodes, config, now);
    expect(overall.insufficient).toBe(false);
    expect(overall.wall).toEqual({ median: { ms: 25 * MIN, atLeast: false }, p90: { ms: 45 * MIN, atLeast: false } });
    expect(overall.working).toEqual(overall.wall);
    expect(overall.withinTarget).toEqual({ inTime: 10, late: 0, overdue: 0, pending: 0, share: 1 });
  });

  test('waiting episodes are censored: the p90 becomes a lower bound ("≥") and the working clock differs from the wall clock', () => {
    const answered = [10, 20, 30, 40, 50, 60].map((m, i) => answeredAfter(`a${i}`, m));
    const waiting = [at('2026-12-07T20:00+07:00'), at('2026-12-08T10:00+07:00'), at('2026-12-09T07:00+07:00'), at('2026-12-09T14:30+07:00')].map((t, i) =>
      waitingSince(`w${i}`, t),
    );
    const { overall } = responseMetrics([...answered, ...waiting], config, now);
    expect(overall).toMatchObject({ episodes: 10, answered: 6, waiting: 4, insufficient: false });
    expect(overall.wall.median).toEqual({ ms: 50 * MIN, atLeast: false });
    // Longest wall wait: since Monday 20:00, 43 hours; in working time, Tuesday and Wednesday so far.
    expect(overall.wall.p90).toEqual({ ms: 43 * HOUR, atLeast: true });
    expect(overall.working.p90).toEqual({ ms: 7.5 * HOUR + 6.5 * HOUR, atLeast: true });
    // 6 answered in time; 3 waiting past 1 working hour; the one from 14:30 is pending.
    expect(overall.withinTarget).toEqual({ inTime: 6, late: 0, overdue: 3, pending: 1, share: 6 / 9 });
    expect(overall.backlog).toEqual({ count: 4, oldest: { id: 'w0', openedAt: at('2026-12-07T20:00+07:00') }, overdue: 3, overdueIds: ['w0', 'w1', 'w2'] });
  });

  test('below 10 episodes the figures say so', () => {
    const { overall } = responseMetrics([answeredAfter('a', 10), waitingSince('w', opened)], config, now);
    expect(overall.insufficient).toBe(true);
    expect(overall.episodes).toBe(2);
  });

  test('marked episodes are left out of every figure, and figures come per platform, account and category', () => {
    const episodes = [
      answeredAfter('a', 10),
      episode('b', opened, opened + 90 * MIN, { platform: 'instagram', category: 'aduan' }),
      episode('c', opened, undefined, { platform: 'instagram', account: 'dinkes', category: 'aduan' }),
      episode('s', opened, undefined, { state: 'no-reply-needed', closedAt: opened + MIN }),
      episode('l', opened, undefined, { state: 'answered-elsewhere', closedAt: opened + MIN }),
    ];
    const metrics = responseMetrics(episodes, config, now);
    expect(metrics.excluded).toEqual({ 'no-reply-needed': 1, 'answered-elsewhere': 1 });
    expect(metrics.overall.episodes).toBe(3);
    expect(Object.keys(metrics.byPlatform)).toEqual(['instagram', 'x']);
    expect(Object.keys(metrics.byAccount)).toEqual(['instagram:dinkes', 'instagram:pemkot', 'x:pemkot']);
    expect(metrics.byCategory.aduan).toMatchObject({ episodes: 2, answered: 1, withinTarget: { inTime: 0, late: 1, overdue: 1, share: 0 } });
    expect(metrics.byCategory.pertanyaan).toMatchObject({ episodes: 1, withinTarget: { share: 1 } });
  });

  test('no episodes give no figures rather than zeros', () => {
    const { overall } = responseMetrics([], config, now);
    expect(overall.wall).toEqual({ median: undefined, p90: undefined });
    expect(overall.withinTarget.share).toBeUndefined();
    expect(overall.backlog.oldest).toBeUndefined();
  });
});

describe('time left in words', () => {
  test.each([
    [25 * MIN, 'id', 'working', 'sisa 25 menit'],
    [-2 * HOUR, 'id', 'working', 'lewat 2 jam kerja'],
    [-(2 * HOUR + 5 * MIN), 'id', 'working', 'lewat 2 jam 5 menit kerja'],
    [30 * 1000, 'id', 'working', 'sisa < 1 menit'],
    [-3 * 24 * HOUR, 'id', 'wall', 'lewat 3 hari'],
    [25 * MIN, 'en', 'working', '25 min left'],
    [-2 * HOUR, 'en', 'working', '2 working hours overdue'],
    [-HOUR, 'en', 'wall', '1 hour overdue'],
    [-3 * 24 * HOUR, 'en', 'wall', '3 days overdue'],
  ] as const)('%d ms (%s, %s) → %s', (ms, lang, clock, text) => {
    expect(formatRemaining(ms, lang, clock)).toBe(text);
  });
});
