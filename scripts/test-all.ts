// Every test Pilar has, in the order a failure is cheapest to find: types, lint, unit and component
// tests, then the built extension in real Chromium and Firefox ESR, then the AMO linter.
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string[]]> = [
  ['typecheck', ['tsc', '--noEmit']],
  ['lint', ['eslint', '.', '--max-warnings', '0']],
  ['unit + component', ['vitest', 'run', '--project', 'unit', '--project', 'component']],
  ['build', ['npm', 'run', '--silent', 'build']],
  ['fixtures', ['npm', 'run', '--silent', 'build:fixtures']],
  ['e2e (Chromium, Firefox ESR)', ['vitest', 'run', '--project', 'e2e']],
  ['web-ext lint', ['npm', 'run', '--silent', 'lint:firefox']],
];

for (const [label, [command, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command!, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}
