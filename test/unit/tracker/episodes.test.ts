import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { episodesOf } from '../../../src/tracker/episodes';
import { at, HOUR, item, mark, MIN, reply } from './rows';

const T0 = at('2026-12-07T09:00+07:00');

describe('episodes', () => {
  test('follow-ups before the reply join the open episode; the first item starts the clock', () => {
    const first = item('1', T0);
    const followUp = item('2', T0 + 10 * MIN);
    const [episode, ...rest] = episodesOf([followUp, first], [reply('r1', followUp, T0 + 30 * MIN)], []);
    expect(rest).toEqual([]);
    expect(episode).toMatchObject({
      id: 'x:pemkot:1#1',
      openedAt: T0,
      itemKeys: ['x:pemkot:1', 'x:pemkot:2'],
      state: 'answered',
      firstResponseAt: T0 + 30 * MIN,
      responseTimeSource: 'submit',
      closedBy: 'r1',
    });
  });

  test('an item after the reply opens a new episode; the platform time of a reply wins over its submit time', () => {
    const first = item('1', T0);
    const later = item('3', T0 + 2 * HOUR);
    const episodes = episodesOf([first, later], [reply('r1', first, T0 + 20 * MIN, T0 + 21 * MIN)], []);
    expect(episodes.map((e) => [e.id, e.state, e.firstResponseAt, e.responseTimeSource])).toEqual([
      ['x:pemkot:1#1', 'answered', T0 + 21 * MIN, 'platform'],
      ['x:pemkot:3#1', 'open', undefined, undefined],
    ]);
  });

  test('threads, accounts and platforms stay apart', () => {
    const episodes = episodesOf(
      [item('1', T0), item('2', T0, { thread: 't2' }), item('3', T0, { account: 'dinkes' }), item('4', T0, { platform: 'facebook' })],
      [],
      [],
    );
    expect(episodes).toHaveLength(4);
  });

  test('citizens commenting on the same post wait apart: a reply to one answers only that one', () => {
    const complaint = { ...item('1', T0, { thread: 'post' }), author: 'siti' };
    const question = { ...item('2', T0 + 5 * MIN, { thread: 'post' }), author: 'bambang' };
    const again = { ...item('3', T0 + 10 * MIN, { thread: 'post' }), author: 'siti' };
    const episodes = episodesOf([complaint, question, again], [reply('r1', again, T0 + 30 * MIN)], [mark('m1', question, 'no-reply-needed', T0 + HOUR)]);
    expect(episodes.map((e) => [e.id, e.itemKeys, e.state, e.closedBy])).toEqual([
      ['x:pemkot:1#1', ['x:pemkot:1', 'x:pemkot:3'], 'answered', 'r1'],
      ['x:pemkot:2#1', ['x:pemkot:2'], 'no-reply-needed', 'm1'],
    ]);
  });

  test('a mark settles the waiting episode; reopening starts a new one at the mark', () => {
    const spam = item('1', T0);
    const marks = [mark('m1', spam, 'no-reply-needed', T0 + 5 * MIN), mark('m2', spam, 'reopen', T0 + HOUR)];
    const episodes = episodesOf([spam], [reply('r1', spam, T0 + 90 * MIN)], marks);
    expect(episodes.map((e) => [e.id, e.state, e.openedAt, e.closedAt])).toEqual([
      ['x:pemkot:1#1', 'no-reply-needed', T0, T0 + 5 * MIN],
      ['x:pemkot:1#2', 'answered', T0 + HOUR, T0 + 90 * MIN],
    ]);
  });

  test('reopening an answered item starts a new wait; reopening a waiting one changes nothing', () => {
    const question = item('1', T0);
    const episodes = episodesOf(
      [question],
      [reply('r1', question, T0 + 10 * MIN)],
      [mark('m0', question, 'reopen', T0 + 5 * MIN), mark('m1', question, 'reopen', T0 + HOUR), mark('m2', question, 'answered-elsewhere', T0 + 2 * HOUR)],
    );
    expect(episodes.map((e) => [e.id, e.state, e.openedAt])).toEqual([
      ['x:pemkot:1#1', 'answered', T0],
      ['x:pemkot:1#2', 'answered-elsewhere', T0 + HOUR],
    ]);
  });

  test('the same item seen twice is one item, and the earliest observation wins', () => {
    const seenFirst = { ...item('1', { precision: 'approximate' as const, earliest: T0 - 3 * HOUR, latest: T0 - 2 * HOUR }), firstSeenAt: T0 };
    const seenAgain = { ...item('1', T0 - 150 * MIN), firstSeenAt: T0 + HOUR, observedBy: 'b2' };
    const [episode, ...rest] = episodesOf([seenAgain, seenFirst], [], []);
    expect(rest).toEqual([]);
    expect(episode).toMatchObject({ openedAt: T0 - 3 * HOUR, approximate: true, itemKeys: ['x:pemkot:1'] });
  });

  test('marks and replies on items nobody observed, or before anything waits, change nothing', () => {
    const question = item('1', T0);
    const ghost = item('9', T0);
    const episodes = episodesOf([question], [reply('r0', question, T0 - HOUR)], [mark('m1', ghost, 'no-reply-needed', T0 + MIN)]);
    expect(episodes.map((e) => e.state)).toEqual(['open']);
  });
});

describe('order independence', () => {
  const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f'];
  const row = fc.record({
    id: fc.constantFrom(...ITEMS),
    thread: fc.constantFrom('t1', 't2'),
    minute: fc.integer({ min: 0, max: 240 }),
    seenLate: fc.integer({ min: 0, max: 30 }),
  });
  const scenario = fc.record({
    items: fc.array(row, { minLength: 1, maxLength: 12 }),
    replies: fc.array(fc.record({ to: fc.constantFrom(...ITEMS), minute: fc.integer({ min: 0, max: 300 }), onPage: fc.boolean() }), { maxLength: 6 }),
    marks: fc.array(
      fc.record({ to: fc.constantFrom(...ITEMS), minute: fc.integer({ min: 0, max: 300 }), kind: fc.constantFrom('no-reply-needed', 'answered-elsewhere', 'reopen') }),
      { maxLength: 6 },
    ),
  });

  fcTest.prop([scenario, fc.integer()], { numRuns: 300, seed: 20261204 })(
    'any shuffle of the same observations gives identical episodes and ids',
    (s, seed) => {
      // Duplicates of one item id (seen twice) keep their own thread from the first spec, as a real id would.
      const threadOf = new Map<string, string>();
      const items = s.items.map((r, i) => {
        const thread = threadOf.get(r.id) ?? r.thread;
        threadOf.set(r.id, thread);
        return { ...item(r.id, T0 + r.minute * MIN, { thread }), firstSeenAt: T0 + (r.minute + r.seenLate) * MIN, observedBy: `b${i % 3}` };
      });
      const known = new Map(items.map((i) => [i.itemId, i]));
      const replies = s.replies.flatMap((r, i) => {
        const target = known.get(r.to);
        return target ? [reply(`r${i}`, target, T0 + r.minute * MIN, r.onPage ? T0 + (r.minute + 1) * MIN : undefined)] : [];
      });
      const marks = s.marks.flatMap((m, i) => {
        const target = known.get(m.to);
        return target ? [mark(`m${i}`, target, m.kind, T0 + m.minute * MIN)] : [];
      });
      const expected = episodesOf(items, replies, marks);
      const shuffle = <T>(rows: T[]) => {
        const copy = [...rows];
        let state = seed >>> 0 || 1;
        for (let i = copy.length - 1; i > 0; i--) {
          state = (state * 1_103_515_245 + 12_345) >>> 0;
          const j = state % (i + 1);
          [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        }
        return copy;
      };
      expect(episodesOf(shuffle(items), shuffle(replies), shuffle(marks))).toEqual(expected);
      expect(episodesOf([...items].reverse(), [...replies].reverse(), [...marks].reverse())).toEqual(expected);
      // Every observed item belongs to some episode, and ids are unique.
      expect(new Set(expected.flatMap((e) => e.itemKeys))).toEqual(new Set(items.map((i) => i.key)));
      expect(new Set(expected.map((e) => e.id)).size).toBe(expected.length);
    },
  );
});
