// Bundles the fixture pages' scripts (the real editor libraries they run) with esbuild.
// Each test/fixtures/sites/<host>/src/main.* becomes test/fixtures/sites/<host>/dist/main.js (plus
// dist/main.css for the styles it imports). Folders starting with `_` hold shared code only.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITES_DIR } from './fixture-server.ts';

const entries = readdirSync(SITES_DIR)
  .filter((host) => !host.startsWith('_'))
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
      // draft-js uses React APIs that React 19 removed (findDOMNode), so the pages run React 18.
      alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      loader: { '.svg': 'text' },
      target: ['chrome120', 'firefox115'],
      logLevel: 'warning',
    }),
  ),
);
console.log(`Bundled ${entries.length} fixture page script(s).`);
