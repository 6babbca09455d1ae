#!/usr/bin/env node
// Runs every test (or only the fast unit tests with --unit) with node's own test runner.
// It looks for the real parts that integration tests need (PostgreSQL, Chromium, pdftotext)
// and says plainly which tests it skips on this machine and why. In CI (CI=true) a missing
// part is an error instead of a skip, so a green CI always means every test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const unitOnly = process.argv.includes('--unit');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const strict = process.env.CI === 'true' || process.env.DLW_REQUIRE_ALL === '1';
const env = { ...process.env };
const missing = [];

function findTests(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (entry.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

let files = findTests('test');
if (unitOnly) files = files.filter((f) => !f.endsWith('.int.test.ts') && !f.endsWith('.browser.test.ts'));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));

if (!unitOnly) {
  const url = process.env.DLW_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    env.DLW_TEST_POSTGRES_URL = url;
  } catch (error) {
    const reason = `PostgreSQL is not reachable at ${url.replace(/\/\/[^@]*@/, '//…@')} (${error.message})`;
    env.DLW_TEST_POSTGRES_SKIP = reason;
    missing.push(`storage tests on PostgreSQL are skipped: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
  const chromium = process.env.DLW_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(chromium)) env.DLW_CHROMIUM = chromium;
  else missing.push(`browser tests are skipped: no Chromium at ${chromium} (Debian package "chromium")`);
  if (spawnSync('pdftotext', ['-v']).error)
    missing.push('PDF text checks are skipped: pdftotext not found (Debian package "poppler-utils")');
  else env.DLW_PDFTOTEXT = 'pdftotext';
}

for (const line of missing) console.log(`NOTE: ${line}`);
if (strict && missing.length) {
  console.error('CI requires every integration part; install them first (see .ci/run).');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
