#!/usr/bin/env node
// The `pilar` command. It runs the pre-built bundle (dist/cli.mjs, made by scripts/build-cli.mjs at
// install time), rebuilding it first when the sources have changed, so no TypeScript is compiled
// on an ordinary start. Plain JavaScript, so any Node from 20 on can start it.
import module from 'node:module';
import { buildCli, isStale } from '../scripts/build-cli.mjs';

// Node 22 keeps V8's compiled code on disk, so later starts skip parsing the bundle (Node 20 has no cache).
module.enableCompileCache?.();

if (isStale()) await buildCli();
const { main } = await import('../dist/cli.mjs');
process.exitCode = await main(process.argv.slice(2));
