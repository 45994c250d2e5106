/**
 * Runs team patterns that make a backtracking matcher take exponential time on inputs that pass
 * the prefilter and reach the matcher. Started as a child process by redos.test.ts, which kills it
 * if it does not finish: a synchronous hang cannot be timed out from inside the test.
 */
import { check } from '../../../../src/checks';
import { parseConfig } from '../../../../src/config/parse';

const cases = [
  { pattern: '(a+)+b', text: `ab${'a'.repeat(40)}!` },
  { pattern: '(a|aa)*b', text: `aab${'a'.repeat(60)}` },
  { pattern: '(\\w+\\s?)*$', text: `${'a'.repeat(100_000)}!` },
  { pattern: '(.*a){20}', text: `${'a'.repeat(40)}b` },
];

const found = cases.map(({ pattern, text }) => {
  const parsed = parseConfig({
    patterns: [{ id: 'hostile', pattern, caseInsensitive: false, category: 'classified', severity: 'block', message: { id: 'x', en: 'x' } }],
  });
  if (!parsed.ok) throw new Error(`pattern rejected: ${pattern}`);
  return check(text, parsed.config)
    .findings.filter((finding) => finding.rule === 'custom.hostile')
    .map(({ start, end }) => [start, end]);
});
process.stdout.write(JSON.stringify(found));
