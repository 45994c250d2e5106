// `npx tsx test/bench/report.bench.ts`: the time to compute every figure of the report page for
// 100,000 episodes (target ≤ 1 s), and to merge 10 admins' exports of 50,000 episodes each
// (target ≤ 2 s, parsing the files included). Data from the seeded demo generator, scaled up.
// Prints figures only: a shared 2-core machine is too noisy for limits.
import { loadavg } from 'node:os';
import { demoExport } from '../../scripts/demo-seed.ts';
import { parseExport } from '../../src/tracker/exchange/export.ts';
import { mergeExports } from '../../src/tracker/exchange/merge.ts';
import { exportOptions } from '../../src/tracker/exchange/figures.ts';
import { buildReport } from '../../src/tracker/report/report.ts';

const NOW = Date.UTC(2026, 11, 4, 8, 0);
const DAYS = 30;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** Items per day for about `episodes` episodes over the period (the demo opens ~0.76 per item). */
const perDayFor = (episodes: number) => Math.round(episodes / DAYS / 0.76);

console.log(`load average before: ${loadavg().map((n) => n.toFixed(1)).join(' ')} (2 cores shared)`);
const big = demoExport({ now: NOW, days: DAYS, perDay: perDayFor(100_000), seed: 1 });
const options = exportOptions(big, '30d');
buildReport(big.rows, options); // warm-up
const renders = Array.from({ length: 3 }, () => timed(() => buildReport(big.rows, options))[1]);
console.log(`report figures: ${big.rows.episodes.length} episodes, ${big.rows.incoming.length} items: ${Math.min(...renders).toFixed(0)} ms best of 3 (target ≤ 1000 ms)`);

const files = Array.from({ length: 10 }, (_, i) => JSON.stringify(demoExport({ now: NOW, days: DAYS, perDay: perDayFor(50_000), seed: 100 + (i % 5) })));
const [view, mergeMs] = timed(() => mergeExports(files.map((file) => { const parsed = parseExport(file); if (!parsed.ok) throw new Error(parsed.reason); return parsed.value; })));
const episodesIn = files.length * 50_000;
console.log(`merge: 10 files of ~50,000 episodes (${(files.reduce((n, f) => n + f.length, 0) / 1e6).toFixed(0)} MB, ~${episodesIn} episodes in) → ${view.merged.rows.episodes.length} episodes: ${mergeMs.toFixed(0)} ms (target ≤ 2000 ms)`);
