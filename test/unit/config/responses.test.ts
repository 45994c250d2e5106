import { describe, expect, test } from 'vitest';
import { ResponsesSchema } from '../../../src/config/responses';
import { defaultResponses } from '../../../src/config/responses-defaults';
import { parseConfig } from '../../../src/config/parse';

describe('the responses config', () => {
  test('an empty section gives the plain defaults: Perpres week, Jakarta time, 1 working hour / 1 working day, 365 days', () => {
    expect(ResponsesSchema.parse({})).toEqual(defaultResponses());
    const parsed = parseConfig({});
    expect(parsed.ok && parsed.config.responses).toEqual(defaultResponses());
  });

  test('a team sets only what it changes; the rest keeps its defaults', () => {
    const own = ResponsesSchema.parse({ calendar: { extraHolidays: [{ date: '2026-04-02', name: 'HUT Kabupaten' }] }, retentionDays: 730 });
    expect(own.calendar.week).toEqual(defaultResponses().calendar.week);
    expect(own.calendar.extraHolidays).toHaveLength(1);
    expect(own.retentionDays).toBe(730);
  });

  test('impossible hours, zones and targets are refused with their path', () => {
    const result = parseConfig({
      responses: {
        calendar: { week: { ...defaultResponses().calendar.week, mon: { start: '16:00', end: '07:30', breaks: [] } } },
        timeZone: { default: 'Europe/Paris' },
        targets: { byKind: { dm: { amount: 0, unit: 'days' } } },
      },
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.responses.calendar.week.mon', '$.responses.timeZone.default', '$.responses.targets.byKind.dm.amount']));
  });

  test('defaults are fresh copies: changing one parse does not leak into the next', () => {
    const first = ResponsesSchema.parse({});
    first.calendar.week.mon!.start = '09:00';
    expect(ResponsesSchema.parse({}).calendar.week.mon!.start).toBe('07:30');
  });
});
