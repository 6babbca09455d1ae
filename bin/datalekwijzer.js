#!/usr/bin/env node
// Entry point of the `datalekwijzer` command. TypeScript sources are loaded through tsx's
// loader, so the same files run in development, tests and production (see docs/architecture.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
