// Bundles the `pilar` command (src/cli and the engine it shares with the extension) into one
// plain-JavaScript file, dist/cli.mjs, so that `pilar` starts without compiling TypeScript.
// Run by `npm ci`/`npm install` (postinstall) and `npm run build:cli`; bin/pilar.mjs also runs it
// when the sources are newer than the bundle. Plain JavaScript, so any Node from 20 on can run it.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist/cli.mjs');
const SOURCES = join(ROOT, 'src');

/** Newest modification time of any file under `dir`, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Whether the bundle is missing or older than a source file (never stale where no sources ship). */
export function isStale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  try {
    return newest(SOURCES) > built;
  } catch {
    return false;
  }
}

export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(BUNDLE), { recursive: true });
  // Written beside the bundle and renamed, so a concurrent `pilar` never reads half a file.
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(SOURCES, 'cli/main.ts')],
    outfile: temporary,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(temporary, BUNDLE);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
