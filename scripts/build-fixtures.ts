// Bundles the fixture pages' scripts (the real editor libraries they run) with esbuild.
// Each test/fixtures/sites/<host>/src/main.* becomes test/fixtures/sites/<host>/dist/main.js (plus
// dist/main.css for the styles it imports). Folders starting with `_` hold shared code only.
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITES_DIR } from './fixture-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The @lexical/* packages each carry their own nested copy of `lexical`; Lexical refuses to run with
 * two copies in one page, so every import of `lexical` resolves to the copy @lexical/rich-text uses.
 */
const oneLexical: Plugin = {
  name: 'one-lexical',
  setup(b) {
    const nested = join(ROOT, 'node_modules/@lexical/rich-text/node_modules/lexical');
    const resolveDir = existsSync(nested) ? join(ROOT, 'node_modules/@lexical/rich-text') : ROOT;
    b.onResolve({ filter: /^lexical$/ }, async (args) => {
      if (args.pluginData === 'one-lexical') return undefined;
      const result = await b.resolve('lexical', { kind: args.kind, resolveDir, pluginData: 'one-lexical' });
      return { path: result.path, errors: result.errors };
    });
  },
};

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
      plugins: [oneLexical],
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      loader: { '.svg': 'text' },
      target: ['chrome120', 'firefox115'],
      logLevel: 'warning',
    }),
  ),
);
console.log(`Bundled ${entries.length} fixture page script(s).`);
