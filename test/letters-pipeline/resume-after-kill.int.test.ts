import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openStorage } from '../../src/storage/open-storage.ts';
import { buildPerson, buildSetup, letterCliEnv, tempDir, writeRecipients } from './builders.ts';
import { checksums, readManifest } from './output-readers.ts';

const bin = new URL('../../bin/datalekwijzer.js', import.meta.url).pathname;

interface Run {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function startCli(args: string[], databaseUrl: string): Run {
  const child = spawn(process.execPath, [bin, ...args], {
    env: letterCliEnv(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}

function finishedShards(outDir: string): number {
  const parts = join(outDir, 'parts');
  return existsSync(parts) ? readdirSync(parts).filter((f) => f.startsWith('manifest-')).length : 0;
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('letters generate after kill -9', () => {
  test('a job killed twice mid-run and started again gives exactly the output of an uninterrupted run', async () => {
    const people = Array.from({ length: 48 }, (_, i) => buildPerson(i));
    const recipients = writeRecipients(people, { extraLines: ['Zonder Adres Zqx99;;;;;nl;bevestigd;bsn'] });
    const work = tempDir('dlw-kill-');
    const setupPath = join(work, 'setup.json');
    writeFileSync(setupPath, JSON.stringify(buildSetup()));
    const args = (out: string) => [
      'letters',
      'generate',
      '--breach',
      'br-kill',
      '--recipients',
      recipients,
      '--letters',
      setupPath,
      '--out',
      out,
      '--shard-size',
      '3',
      '--threads',
      '2',
    ];
    const shards = 17; // 49 data rows in shards of 3

    const reference = startCli(args(join(work, 'reference')), `sqlite:${join(work, 'reference.sqlite')}`);
    const referenceExit = await reference.exit;
    assert.equal(
      referenceExit.code,
      1,
      `an uninterrupted run ends with exit 1 for the rejected row\n${referenceExit.stderr}`,
    );

    const out = join(work, 'killed');
    const database = `sqlite:${join(work, 'killed.sqlite')}`;
    for (const killAfter of [2, 9]) {
      const run = startCli(args(out), database);
      await waitFor(() => finishedShards(out) >= killAfter, `${killAfter} finished shards`);
      run.child.kill('SIGKILL');
      const killed = await run.exit;
      assert.equal(killed.signal, 'SIGKILL');
      assert.ok(finishedShards(out) < shards, 'the job was killed before it was done');
    }
    const last = await startCli(args(out), database).exit;
    assert.equal(last.code, 1, last.stderr);
    assert.match(last.stderr, /Resuming letters for breach br-kill, round 1/);

    assert.deepEqual(checksums(out), checksums(join(work, 'reference')));
    const manifest = readManifest(out);
    assert.deepEqual(
      manifest.map((m) => m.row),
      Array.from({ length: 48 }, (_, i) => i + 1),
      'no gaps and no duplicates',
    );
    const storage = await openStorage({ url: database });
    try {
      const codes = await storage.db.selectFrom('personal_codes').select('code_hash').execute();
      const rounds = await storage.db.selectFrom('personal_code_rounds').select('code_hash').execute();
      assert.equal(codes.length, 48);
      assert.equal(rounds.length, 48);
    } finally {
      await storage.close();
    }
  });
});
