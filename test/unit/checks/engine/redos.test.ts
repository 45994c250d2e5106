import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const PROBE = fileURLToPath(new URL('./redos-probe.ts', import.meta.url));
// re2js finishes these in well under a second; a backtracking matcher would run for years.
const KILL_AFTER_MS = 30_000;

test('team patterns run on a linear-time matcher: hostile inputs that reach it finish, with the right matches (RS-09)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', PROBE], { encoding: 'utf8', timeout: KILL_AFTER_MS });
  expect(run.signal, 'the probe was killed: a pattern ran in super-linear time').toBeNull();
  expect(run.status, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual([
    // "ab" matches; the hostile tail is searched too, and has no match.
    [[0, 2]],
    [[0, 3]],
    // Team patterns scan the first 20 k characters (RS-09), where the run of letters reaches the end.
    [[0, 20_000]],
    [[0, 40]],
  ]);
}, 40_000);
