import { describe, expect, test } from 'vitest';
import { quantile, responseTimes, type Episode } from '../../../src/tracker/response-times';

const MIN = 60_000;
const NOW = 1_764_300_000_000;
const answeredAfter = (minutes: number): Episode => ({ openedAt: NOW - 1000 * MIN, firstResponseAt: NOW - 1000 * MIN + minutes * MIN });
const waitingFor = (minutes: number): Episode => ({ openedAt: NOW - minutes * MIN });

describe('response times', () => {
  test('with every item answered, the median and p90 are the plain ones', () => {
    const times = responseTimes([5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map(answeredAfter), NOW, 30 * MIN);
    expect(times.medianMs).toEqual({ ms: 25 * MIN, atLeast: false });
    expect(times.p90Ms).toEqual({ ms: 45 * MIN, atLeast: false });
    expect(times.withinTargetShare).toBe(0.6);
  });

  test('items still waiting count as waiting, not as answered, and push the median up', () => {
    const answeredOnly = responseTimes([5, 10, 15].map(answeredAfter), NOW, 30 * MIN);
    const withWaiting = responseTimes([...[5, 10, 15].map(answeredAfter), waitingFor(120), waitingFor(240)], NOW, 30 * MIN);
    expect(answeredOnly.medianMs).toEqual({ ms: 10 * MIN, atLeast: false });
    expect(withWaiting.medianMs).toEqual({ ms: 15 * MIN, atLeast: false });
    expect(withWaiting.waiting).toBe(2);
  });

  test('when too many still wait, the p90 is only a lower bound', () => {
    const times = responseTimes([answeredAfter(5), answeredAfter(8), waitingFor(60), waitingFor(90)], NOW, 30 * MIN);
    expect(times.p90Ms).toEqual({ ms: 90 * MIN, atLeast: true });
  });

  test('waiting items not yet due are pending: they neither meet nor miss the target', () => {
    const times = responseTimes([answeredAfter(10), answeredAfter(50), waitingFor(5), waitingFor(45)], NOW, 30 * MIN);
    // 1 in time ÷ (2 answered + 1 overdue); the 5-minute wait is left out.
    expect(times.withinTargetShare).toBeCloseTo(1 / 3);
  });

  test('no episodes give no figures rather than zeros', () => {
    expect(responseTimes([], NOW, 30 * MIN)).toEqual({ answered: 0, waiting: 0, medianMs: undefined, p90Ms: undefined, withinTargetShare: undefined });
    expect(quantile([{ ms: 0, answered: false }], 0.5)).toEqual({ ms: 0, atLeast: true });
  });
});
