#!/usr/bin/env node
// Runs the benchmarks: every bench/*.ts in turn, or only those whose name contains an argument.
// Flags after `--` go to each benchmark, e.g. `node bench/run.mjs letters -- --n 20000`.
// Benchmarks write their own section of docs/benchmarks.md; timing never runs in unit tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const split = args.indexOf('--');
const names = split < 0 ? args : args.slice(0, split);
const passOn = split < 0 ? [] : args.slice(split + 1);

let files = readdirSync(here)
  .filter((f) => f.endsWith('.ts'))
  .sort();
if (names.length) files = files.filter((f) => names.some((n) => f.includes(n)));
if (!files.length) {
  console.error(`No benchmark matches ${names.join(', ')}. Known: ${readdirSync(here).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  console.log(`\n== bench/${file} ==`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...passOn], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
