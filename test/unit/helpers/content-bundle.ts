import { build } from 'esbuild';

/** The content script as it ships: its entry bundled with everything it reaches, with the list of inputs. */
export const bundleContentScript = () =>
  build({
    entryPoints: ['entrypoints/compose.content/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
