// A second `letters generate` of a round that another process runs stops at once, before it
// reads the recipients file: exit status 4, "already running", no stack trace, no job planned.
// The first run is stood in for by this test process holding the round's claim, so the test
// does not depend on timing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { claimRoundRun } from '../../../src/letters-pipeline/run-claim.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';
import {
  buildPerson,
  buildSetup,
  tempDir,
  letterCliEnv,
  writeRecipients,
} from '../../letters-pipeline/builders.ts';
import { createTestDatabase, dropTestDatabase } from '../../support/databases.ts';

const adminUrl = process.env.DLW_TEST_POSTGRES_URL;
const bin = new URL('../../../bin/datalekwijzer.js', import.meta.url).pathname;

function cli(
  args: string[],
  databaseUrl: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], {
    env: letterCliEnv(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** A round of three letters, and the generate command for it (extra flags after). */
function job(extra: string[]): string[] {
  const work = tempDir('dlw-running-');
  const setup = join(work, 'setup.json');
  writeFileSync(setup, JSON.stringify(buildSetup()));
  const recipients = writeRecipients([0, 1, 2].map((i) => buildPerson(i)));
  return [
    'letters',
    'generate',
    '--breach',
    'br-running',
    '--recipients',
    recipients,
    '--letters',
    setup,
    '--out',
    join(work, 'out'),
    ...extra,
  ];
}

/** Holds round 1 of br-running as another process would, runs the command, then lets go. */
async function whileHeld(databaseUrl: string, args: string[]) {
  const storage = await openStorage({ url: databaseUrl });
  try {
    const held = await claimRoundRun(
      storage.db,
      { breachId: 'br-running', round: 1 },
      { now: () => new Date() },
    );
    const second = await cli(args, databaseUrl);
    await held.release();
    const jobs = await storage.db.selectFrom('letter_jobs').select('id').execute();
    return { second, jobs };
  } finally {
    await storage.close();
  }
}

function assertStoppedAtOnce(run: { code: number | null; stdout: string; stderr: string }, jobs: unknown[]) {
  assert.equal(run.code, 4, run.stderr);
  assert.match(run.stderr, /breach br-running, round 1 is already running .*Nothing was done/);
  assert.match(run.stderr, /NL: De opdracht voor datalek br-running, ronde 1 loopt al/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.doesNotMatch(run.stderr, /Read as|Read from sheet/, 'the recipients file was not read');
  assert.deepEqual(jobs, [], 'no job was planned');
}

describe('letters generate while the same round runs elsewhere', () => {
  test('stops at once with exit status 4, before reading the file, and runs once the round is free', async () => {
    const databaseUrl = `sqlite:${join(tempDir('dlw-running-db-'), 'db.sqlite')}`;
    const args = job(['--threads', '1']);
    const { second, jobs } = await whileHeld(databaseUrl, args);
    assertStoppedAtOnce(second, jobs);
    const after = await cli(args, databaseUrl);
    assert.equal(after.code, 0, after.stderr);
    assert.match(after.stdout, /Received 3 rows: 3 letters made, 0 rows rejected/);
  });

  test(
    'stops at once with exit status 4 for --distributed too',
    { skip: adminUrl ? undefined : 'DLW_TEST_POSTGRES_URL is not set' },
    async () => {
      const { name, url } = await createTestDatabase();
      try {
        const { second, jobs } = await whileHeld(url, job(['--distributed']));
        assertStoppedAtOnce(second, jobs);
      } finally {
        await dropTestDatabase(name);
      }
    },
  );
});
