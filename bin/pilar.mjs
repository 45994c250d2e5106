#!/usr/bin/env node
// The `pilar` command. The CLI shares the extension's TypeScript sources, so tsx compiles them
// on load; this file stays plain JavaScript so that any Node from 20.6 on can start it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
