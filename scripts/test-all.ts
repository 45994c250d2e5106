// Every test Pilar has, in the order a failure is cheapest to find: types, lint, unit and component
// tests, then the built extension in real Chromium and Firefox ESR, then the AMO linter. Ends with
// one line counting every test run, per layer and in all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

interface Step {
  label: string;
  command: string[];
  /** Vitest steps write a JSON summary here, for the closing count. */
  results?: string;
}

const vitest = (label: string, projects: string[], results: string): Step => ({
  label,
  command: ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${results}`],
  results,
});

const steps: Step[] = [
  { label: 'typecheck', command: ['tsc', '--noEmit'] },
  { label: 'lint', command: ['eslint', '.', '--max-warnings', '0'] },
  vitest('unit + component', ['unit', 'component'], '.cache/results-unit.json'),
  { label: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { label: 'fixtures', command: ['npm', 'run', '--silent', 'build:fixtures'] },
  vitest('e2e (Chromium, Firefox ESR)', ['e2e'], '.cache/results-e2e.json'),
  { label: 'web-ext lint', command: ['npm', 'run', '--silent', 'lint:firefox'] },
];

mkdirSync('.cache', { recursive: true });
const counts = { passed: 0, failed: 0, skipped: 0 };
const tally = (step: Step) => {
  if (!step.results) return;
  const summary = JSON.parse(readFileSync(step.results, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  counts.passed += summary.numPassedTests;
  counts.failed += summary.numFailedTests;
  counts.skipped += summary.numPendingTests + summary.numTodoTests;
  console.log(`  ${step.label}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
};

for (const step of steps) {
  const [command, ...args] = step.command;
  const started = Date.now();
  console.log(`\n▶ ${step.label}: ${step.command.join(' ')}`);
  const result = spawnSync(command!, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${step.label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.label} (${seconds} s)`);
  tally(step);
}
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
