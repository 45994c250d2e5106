// Classified rules on ../shared/data/dev/classified_dev.jsonl (240 realistic drafts: personal and
// classified items, disguised ones and look-alikes), split once into a tuning half and a blind
// half (scripts/halves.ts). Prints both halves side by side: recall for all rules and per rule,
// recall on disguised items per disguise kind, look-alikes blocked, exact spans.
// Run: npx tsx scripts/eval/classified-dev.ts [--misses]   (misses of the tuning half only)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/checks';
import { DATA_DIR } from '../data';
import { HALVES, splitHalves, type Half } from '../halves';

interface Row {
  id: string;
  text: string;
  expect: { rule: string; start: number; end: number }[];
  forbid: string[];
  kind: 'positive' | 'obfuscated' | 'negative';
  tag: string;
}
const rows: Row[] = readFileSync(join(DATA_DIR, 'classified_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row);
const half = splitHalves(rows, (r) => r.id, (r) => `${r.kind}:${r.expect[0]?.rule ?? ''}`);

/** The disguise a row's tag names, grouped into the kinds the issue lists. */
const DISGUISE_KINDS: [RegExp, string][] = [
  [/email-(at|parens|fullwidth-at)/, 'email at'],
  [/zero-width|zwnj|soft-hyphen/, 'zero-width'],
  [/indonesian-words|mixed-digits-words/, 'numbers as words'],
  [/math|small-caps/, 'math alphabets'],
  [/fullwidth/, 'full-width'],
  [/letter-spaced|spaced|dotted|irregular-split|nbsp|line-break/, 'spaced / dotted'],
  [/cyrillic|greek|homoglyph/, 'homoglyphs'],
  [/leet|letters-for-digits|letter-for-digit|letter-o/, 'letters for digits'],
  [/.*/, 'other'],
];
const disguiseOf = (tag: string) => DISGUISE_KINDS.find(([re]) => re.test(tag))![1];

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
// Misses are shown for the tuning half only, so the blind half stays unread.
const showMisses = process.argv.includes('--misses');

interface Tally {
  found: number;
  total: number;
}
const tally = () => ({ found: 0, total: 0 });
const stats = Object.fromEntries(
  HALVES.map((h) => [
    h,
    {
      all: tally(),
      exact: tally(),
      perRule: new Map<string, Tally>(),
      disguised: tally(),
      perDisguise: new Map<string, Tally>(),
      lookalikes: tally(),
      lookalikesRaised: tally(),
      wrongBlocks: 0,
    },
  ]),
) as Record<Half, { all: Tally; exact: Tally; perRule: Map<string, Tally>; disguised: Tally; perDisguise: Map<string, Tally>; lookalikes: Tally; lookalikesRaised: Tally; wrongBlocks: number }>;
const misses: string[] = [];

for (const row of rows) {
  const h = half.get(row)!;
  const s = stats[h];
  const findings = check(row.text).findings.filter((f) => f.category === 'classified');
  const reported = findings.filter((f) => f.severity !== 'info');
  for (const e of row.expect) {
    const hit = reported.some((f) => f.rule === e.rule && overlaps(f, e));
    const exact = reported.some((f) => f.rule === e.rule && f.start === e.start && f.end === e.end);
    const rule = s.perRule.get(e.rule) ?? tally();
    s.perRule.set(e.rule, rule);
    for (const t of [s.all, rule]) {
      t.total++;
      if (hit) t.found++;
    }
    if (!e.rule.endsWith('exempt-topic') && !e.rule.endsWith('victim-identity')) {
      s.exact.total++;
      if (exact) s.exact.found++;
    }
    if (row.kind === 'obfuscated') {
      const kind = disguiseOf(row.tag);
      const t = s.perDisguise.get(kind) ?? tally();
      s.perDisguise.set(kind, t);
      for (const x of [s.disguised, t]) {
        x.total++;
        if (hit) x.found++;
      }
    }
    if (!hit && showMisses && h === 'tune') misses.push(`[${h}] MISS ${row.id} ${e.rule} ${row.tag}: ${JSON.stringify(row.text.slice(e.start, e.end))} in ${JSON.stringify(row.text)} → ${findings.map((f) => `${f.rule}@${f.severity}[${row.text.slice(f.start, f.end)}]`).join(', ') || 'nothing'}`);
  }
  const blocks = findings.filter((f) => f.severity === 'block' && row.forbid.includes(f.rule) && !row.expect.some((e) => e.rule === f.rule && overlaps(f, e)));
  if (row.kind === 'negative') {
    s.lookalikes.total++;
    if (blocks.length > 0) s.lookalikes.found++;
    s.lookalikesRaised.total++;
    if (findings.some((f) => f.severity !== 'info' && row.forbid.includes(f.rule))) s.lookalikesRaised.found++;
  }
  s.wrongBlocks += blocks.length;
  if (blocks.length > 0 && showMisses && h === 'tune') misses.push(`[${h}] BLOCKED ${row.id} ${row.tag}: ${blocks.map((f) => `${f.rule}[${row.text.slice(f.start, f.end)}]`).join(', ')} in ${JSON.stringify(row.text)}`);
}

const ratio = (t: Tally) => (t.total === 0 ? '  n/a' : (t.found / t.total).toFixed(3));
const cell = (t: Tally) => `${ratio(t)} (${t.found}/${t.total})`.padEnd(18);
const line = (label: string, of: (h: Half) => Tally) => console.log(`  ${label.padEnd(32)} ${HALVES.map((h) => cell(of(h))).join(' ')}`);
console.log(`classified_dev.jsonl: ${rows.length} rows, tune ${[...half.values()].filter((h) => h === 'tune').length} / blind ${[...half.values()].filter((h) => h === 'blind').length}`);
console.log(`  ${''.padEnd(32)} ${HALVES.map((h) => h.padEnd(18)).join(' ')}`);
line('recall, all rules (target ≥ 0.97)', (h) => stats[h].all);
line('exact spans (identifiers)', (h) => stats[h].exact);
const rules = [...new Set(HALVES.flatMap((h) => [...stats[h].perRule.keys()]))].sort();
for (const rule of rules) line(`  ${rule}`, (h) => stats[h].perRule.get(rule) ?? tally());
line('disguised recall (≥ 0.97)', (h) => stats[h].disguised);
const kinds = [...new Set(HALVES.flatMap((h) => [...stats[h].perDisguise.keys()]))].sort();
for (const kind of kinds) line(`  ${kind}`, (h) => stats[h].perDisguise.get(kind) ?? tally());
line('look-alikes blocked (≤ 1 %)', (h) => stats[h].lookalikes);
line('look-alikes warned or blocked', (h) => stats[h].lookalikesRaised);
console.log(`  ${'forbidden blocks, all rows'.padEnd(32)} ${HALVES.map((h) => String(stats[h].wrongBlocks).padEnd(18)).join(' ')}`);
if (misses.length) console.log('\n' + misses.join('\n'));
