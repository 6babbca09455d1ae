import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openStorage } from '../../src/storage/open-storage.ts';
import { buildPerson, buildSetup, letterCliEnv, tempDir, writeRecipients } from './builders.ts';
import { checksums, readManifest } from './output-readers.ts';
import { createTestDatabase, dropTestDatabase } from '../support/databases.ts';

const adminUrl = process.env.DLW_TEST_POSTGRES_URL;
const bin = new URL('../../bin/datalekwijzer.js', import.meta.url).pathname;

function cli(args: string[], databaseUrl: string) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: letterCliEnv(databaseUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const exit = new Promise<{ code: number | null; stderr: () => string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr: () => stderr })),
  );
  return { child, exit, stderr: () => stderr };
}

/** Resolves when a worker says it waits for shards; fails when it exits first or takes > 60 s. */
async function readyOrExit(worker: ReturnType<typeof cli>): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  void worker.exit.then(() => (exited = true));
  while (!worker.stderr().includes('is waiting for shards')) {
    if (exited) throw new Error(`a worker stopped before it was ready: ${worker.stderr()}`);
    if (Date.now() > deadline) throw new Error(`a worker did not get ready: ${worker.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const { name, url } = await createTestDatabase();
  try {
    return await run(url);
  } finally {
    await dropTestDatabase(name);
  }
}

describe(
  'letters workers on PostgreSQL',
  { skip: adminUrl ? undefined : 'DLW_TEST_POSTGRES_URL is not set' },
  () => {
    test('two worker processes share the shards of a job and together make the same output as one machine', async () => {
      const people = Array.from({ length: 30 }, (_, i) => buildPerson(i));
      const recipients = writeRecipients(people);
      const work = tempDir('dlw-workers-');
      const setupPath = join(work, 'setup.json');
      writeFileSync(setupPath, JSON.stringify(buildSetup()));
      const args = (out: string, extra: string[]) => [
        'letters',
        'generate',
        '--breach',
        'br-workers',
        '--recipients',
        recipients,
        '--letters',
        setupPath,
        '--out',
        out,
        '--shard-size',
        '2',
        ...extra,
      ];

      const local = await cli(
        args(join(work, 'local'), ['--threads', '1']),
        `sqlite:${join(work, 'local.sqlite')}`,
      ).exit;
      assert.equal(local.code, 0, local.stderr());

      await withDatabase(async (url) => {
        const storage = await openStorage({ url }); // migrate once, before the processes start
        try {
          const workers = [cli(['letters', 'worker'], url), cli(['letters', 'worker'], url)];
          try {
            // Both must be polling before shards are queued, or the first to start takes them all.
            await Promise.all(workers.map((w) => readyOrExit(w)));
            const coordinator = await cli(args(join(work, 'distributed'), ['--distributed']), url).exit;
            assert.equal(coordinator.code, 0, coordinator.stderr());
          } finally {
            for (const w of workers) w.child.kill('SIGTERM');
            await Promise.all(workers.map((w) => w.exit));
          }
          const shards = await storage.db
            .selectFrom('letter_job_shards')
            .select(['worker', 'status'])
            .execute();
          assert.equal(shards.length, 15);
          assert.ok(shards.every((s) => s.status === 'done'));
          const byWorker = new Set(shards.map((s) => s.worker));
          assert.ok(byWorker.size >= 2, `shards were rendered by ${[...byWorker].join(', ')}`);
          const codes = await storage.db.selectFrom('personal_codes').select('code_hash').execute();
          assert.equal(codes.length, 30);
        } finally {
          await storage.close();
        }
      });
      assert.deepEqual(
        readManifest(join(work, 'distributed')).map((m) => m.row),
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      assert.deepEqual(checksums(join(work, 'distributed')), checksums(join(work, 'local')));
    });

    test('a shard that fails for good stops generate with the shard named, and the same command then finishes the job', async () => {
      const people = Array.from({ length: 10 }, (_, i) => buildPerson(i));
      const recipients = writeRecipients(people);
      const work = tempDir('dlw-failing-shard-');
      const setupPath = join(work, 'setup.json');
      writeFileSync(setupPath, JSON.stringify(buildSetup()));
      const out = join(work, 'out');
      // A folder where shard 3's PDF must go: renaming the finished file into place throws on
      // every try, as a full or read-only disk would.
      const blocker = join(out, 'letters', 'letters-00003.pdf');
      mkdirSync(blocker, { recursive: true });
      const generate = (url: string) =>
        cli(
          [
            'letters',
            'generate',
            '--breach',
            'br-failing',
            '--recipients',
            recipients,
            '--letters',
            setupPath,
            '--out',
            out,
            '--shard-size',
            '2',
            '--distributed',
            '--shard-retries',
            '0',
          ],
          url,
        ).exit;

      await withDatabase(async (url) => {
        const storage = await openStorage({ url });
        const worker = cli(['letters', 'worker'], url);
        try {
          await readyOrExit(worker);
          const failed = await generate(url);
          assert.equal(failed.code, 3, failed.stderr());
          assert.match(failed.stderr(), /1 shard failed for good/);
          assert.match(
            failed.stderr(),
            /shard 3 of 5 \(rows 5–6\), failed after 1 try: .*letters-00003\.pdf/,
          );
          assert.match(failed.stderr(), /NL: .*mislukt/);
          // The worker goes on with the other shards; shard 3 stays pending until the cause is gone.
          const third = await storage.db
            .selectFrom('letter_job_shards')
            .select('status')
            .where('shard_index', '=', 2)
            .executeTakeFirstOrThrow();
          assert.equal(third.status, 'pending');

          rmSync(blocker, { recursive: true });
          const resumed = await generate(url);
          assert.equal(resumed.code, 0, resumed.stderr());
          assert.match(resumed.stderr(), /Resuming letters for breach br-failing/);
          const codes = await storage.db.selectFrom('personal_codes').select('code_hash').execute();
          assert.equal(codes.length, 10);
          const rounds = await storage.db.selectFrom('personal_code_rounds').select('code_hash').execute();
          assert.equal(rounds.length, 10);
        } finally {
          worker.child.kill('SIGTERM');
          await worker.exit;
          await storage.close();
        }
      });
      assert.deepEqual(
        readManifest(out).map((m) => m.row),
        Array.from({ length: 10 }, (_, i) => i + 1),
      );
    });

    test('without workers, generate warns that none is connected and stops after --stall-timeout', async () => {
      const recipients = writeRecipients([buildPerson(1), buildPerson(2), buildPerson(3)]);
      const work = tempDir('dlw-stall-');
      const setupPath = join(work, 'setup.json');
      writeFileSync(setupPath, JSON.stringify(buildSetup()));
      await withDatabase(async (url) => {
        const started = Date.now();
        const run = await cli(
          [
            'letters',
            'generate',
            '--breach',
            'br-stall',
            '--recipients',
            recipients,
            '--letters',
            setupPath,
            '--out',
            join(work, 'out'),
            '--shard-size',
            '2',
            '--distributed',
            '--stall-timeout',
            '0.05',
          ],
          url,
        ).exit;
        assert.equal(run.code, 3, run.stderr());
        assert.match(
          run.stderr(),
          /No progress for \d seconds? .*0 of 2 shards done; 0 letters workers connected; queue: 2 waiting/,
        );
        assert.match(run.stderr(), /no shard finished for 3 seconds \(--stall-timeout\)/);
        assert.ok(Date.now() - started < 20_000, 'the command stopped soon after the timeout');
      });
    });
  },
);
