import { describe, expect, test } from 'vitest';
import { quantile, type Wait } from '../../../src/tracker/response-times';

const MIN = 60_000;
const answered = (minutes: number): Wait => ({ ms: minutes * MIN, answered: true });
const waiting = (minutes: number): Wait => ({ ms: minutes * MIN, answered: false });

describe('Kaplan–Meier quantiles of the wait', () => {
  test('with every item answered, the median and p90 are the plain ones', () => {
    const waits = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map(answered);
    expect(quantile(waits, 0.5)).toEqual({ ms: 25 * MIN, atLeast: false });
    expect(quantile(waits, 0.9)).toEqual({ ms: 45 * MIN, atLeast: false });
  });

  test('items still waiting count as waiting, not as answered, and push the median up', () => {
    expect(quantile([5, 10, 15].map(answered), 0.5)).toEqual({ ms: 10 * MIN, atLeast: false });
    expect(quantile([...[5, 10, 15].map(answered), waiting(120), waiting(240)], 0.5)).toEqual({ ms: 15 * MIN, atLeast: false });
  });

  test('when too many still wait, the p90 is only a lower bound', () => {
    expect(quantile([answered(5), answered(8), waiting(60), waiting(90)], 0.9)).toEqual({ ms: 90 * MIN, atLeast: true });
  });

  test('an item censored early leaves the risk set without counting as answered', () => {
    // 4 at risk; one censored at 1 min; then 3 answers: survival 2/3, 1/3, 0 → median at 20.
    expect(quantile([waiting(1), answered(10), answered(20), answered(30)], 0.5)).toEqual({ ms: 20 * MIN, atLeast: false });
  });

  test('no waits give no quantile rather than zero', () => {
    expect(quantile([], 0.5)).toBeUndefined();
    expect(quantile([{ ms: 0, answered: false }], 0.5)).toEqual({ ms: 0, atLeast: true });
  });
});
