import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

describe('where records are written', () => {
  // An IndexedDB opened from a content script would belong to the site's origin (RS-17): only the
  // background may reach the database, so the content script's bundle must not contain it.
  test('the content script bundles neither the database module nor Dexie', async () => {
    const result = await build({
      entryPoints: ['entrypoints/compose.content/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/guard/intercept.ts');
    expect(inputs.filter((path) => path.startsWith('src/store/') || path.includes('node_modules/dexie/'))).toEqual([]);
  });
});
