import { describe, expect, test } from 'vitest';
import { bundleContentScript } from '../helpers/content-bundle';

describe('where records are written', () => {
  // An IndexedDB opened from a content script would belong to the site's origin (RS-17): only the
  // background may reach the database, so the content script's bundle must not contain it.
  test('the content script bundles neither the database module nor Dexie', async () => {
    const result = await bundleContentScript();
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/guard/intercept.ts');
    expect(inputs.filter((path) => path.startsWith('src/store/') || path.includes('node_modules/dexie/'))).toEqual([]);
  });
});
