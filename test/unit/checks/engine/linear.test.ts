import { describe, expect, test } from 'vitest';
import { RULES } from '../../../../src/checks';
import { createContext } from '../../../../src/checks/engine';
import { TERM_RULES } from '../../../../src/checks/rules/custom';
import type { CheckContext, Rule } from '../../../../src/checks/rule';
import { DEFAULT_CONFIG } from '../../../../src/config/defaults';

/**
 * RS-13: every built-in rule runs in linear time, because it runs on the page's thread while the
 * admin types and at Post. Judged by growth, not by a clock limit: ten times the text may take
 * about ten times as long, and a ratio above GROWTH means the rule goes back over what it read.
 */
const SMALL = 5_000;
const LARGE = 50_000;
// Linear is ~10 and n·log n ~13; quadratic is ~100. Linear rules were measured up to ~36 on a
// busy 2-core machine (garbage collection at 50 k), hence the margin.
const GROWTH = 50;

/**
 * Super-linear cases found by this test in rules owned elsewhere, kept here until their rule is
 * fixed: each is asserted to be still super-linear, so the entry goes when the fix lands.
 * `classified.marking` re-reads the whole line around every marking word ("rahasia rahasia …":
 * 4 ms at 5 k, 220 ms at 50 k, 1.2 s at 100 k), and grows too fast on "a*", "A " and "r.a.h." too.
 */
const KNOWN: Record<string, string[]> = { 'classified.marking': ['rahasia '] };
/** Rules with super-linear paths on several inputs; the first KNOWN input is asserted, the rest skipped. */
const WHOLLY_KNOWN = new Set(['classified.marking']);
const HUGE = 100_000;

/**
 * A ratio above GROWTH is confirmed on a third size before a rule is blamed: from 50 k to 100 k a
 * quadratic rule takes ~4 times as long, a linear one that met a collection at 50 k about twice.
 */
const confirmed = (time: (length: number) => number, ratio: number) =>
  ratio > GROWTH && time(LARGE) / time(SMALL) > GROWTH && time(HUGE) / time(LARGE) > 3;

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
/** Units that, repeated, walk a rule's slow paths: masks, separators, digit runs, spacing, marks. */
const UNITS = [
  ...PUNCTUATION,
  ...PUNCTUATION.map((c) => `a${c}`),
  '1', '0 ', '12 ', '1.', '62', '+62 8', 'a', 'a ', 'A ', 'aa', 'a\u0301', '\u0301', '\u200b', 'a\u200b',
  'x@', 'a@b.', 'a.b', 'ab.', 'a-b ', 'rahasia ', 'r a h a s i a ', 'r.a.h.', 'anjing ', 'a n j i n g ', 'k*nt*l ',
  'Rp 1.', '3201', 'NIK ', 'ND-', 'https://a.', 'www.', '😂', 'İ', 'ﬁ', 'Ａ', '\n', '\t',
];

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Fastest of a few runs of `rule` on the prepared context, in ms per run. */
function fastest(rule: Rule, context: CheckContext, minimumMs: number, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    // Short runs are repeated until they are long enough to measure.
    do {
      rule.check(context);
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < minimumMs && runs < 1000);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

const rules: readonly Rule[] = [...RULES, ...TERM_RULES];

describe('every built-in rule is linear in the length of the draft (RS-13)', () => {
  const small = new Map(UNITS.map((unit) => [unit, createContext(repeat(unit, SMALL), DEFAULT_CONFIG)]));
  const large = new Map(UNITS.map((unit) => [unit, createContext(repeat(unit, LARGE), DEFAULT_CONFIG)]));

  test.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const slow: string[] = [];
    for (const unit of UNITS) {
      if (WHOLLY_KNOWN.has(rule.id) || KNOWN[rule.id]?.includes(unit)) continue;
      const a = fastest(rule, small.get(unit)!, 1);
      // A rule that does nothing with this input is not worth timing at the larger size.
      if (a < 0.002) continue;
      const b = fastest(rule, large.get(unit)!, 1);
      // Confirmation runs are longer and take the best of more rounds: other processes share the cores.
      const time = (length: number) => fastest(rule, createContext(repeat(unit, length), DEFAULT_CONFIG), 5, 5);
      if (confirmed(time, b / a)) slow.push(`${JSON.stringify(unit)}: ×${(b / a).toFixed(0)} for ×10 text`);
    }
    expect(slow).toEqual([]);
    for (const unit of KNOWN[rule.id] ?? []) {
      const ratio = fastest(rule, large.get(unit)!, 1) / fastest(rule, small.get(unit)!, 1);
      expect(ratio, `${rule.id} on ${JSON.stringify(unit)} is linear now: remove it from KNOWN`).toBeGreaterThan(GROWTH);
    }
  }, 120_000);
});
