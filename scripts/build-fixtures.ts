// Bundles the fixture pages' scripts (the real editor libraries they run) with esbuild.
// Each test/fixtures/sites/<host>/src/main.* becomes test/fixtures/sites/<host>/dist/main.js.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITES_DIR } from './fixture-server.ts';

const entries = readdirSync(SITES_DIR)
  .map((host) => ['main.tsx', 'main.ts', 'main.js'].map((file) => join(SITES_DIR, host, 'src', file)).find(existsSync))
  .filter((entry): entry is string => entry !== undefined);

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [entry],
      outfile: join(entry, '../../dist/main.js'),
      bundle: true,
      format: 'iife',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      logLevel: 'warning',
    }),
  ),
);
console.log(`Bundled ${entries.length} fixture page script(s).`);
