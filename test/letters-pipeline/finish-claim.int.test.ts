import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  finishLetterJob,
  getLetterJobProgress,
  runLetterJobInProcess,
  tryFinishLetterJob,
} from '../../src/letters-pipeline/index.ts';
import { outputPaths } from '../../src/letters-pipeline/output-paths.ts';
import { watchDistributedJob } from '../../src/letters-pipeline/watch-distributed-job.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { testDatabases } from '../support/databases.ts';
import { buildDeps, buildPerson, buildSetup, startLetterJob, tempDir, writeRecipients } from './builders.ts';
import { checksums } from './output-readers.ts';

const minute = 60_000;
/** The clock of `buildDeps`. */
const now = new Date('2026-11-25T10:00:00Z');

/**
 * A job whose shards are all done and whose finisher died halfway: status `finishing`, no
 * joined outputs, a half-written temporary manifest, and (unless `claimedAt` is null) the dead
 * finisher's claim from `claimedAt`. Returns the outputs the finished job had, to compare.
 */
async function interruptedFinish(storage: Storage, claimedAt: Date | null) {
  const people = Array.from({ length: 10 }, (_, i) => buildPerson(i));
  const outDir = tempDir();
  const started = await startLetterJob(buildDeps(storage), {
    breachId: 'br-finish',
    recipientsPath: writeRecipients(people),
    outDir,
    format: 'pdf',
    setup: buildSetup(),
    shardSize: 4,
    threads: 1,
  });
  assert.equal((await started.done).status, 'done');
  const reference = checksums(outDir);
  const paths = outputPaths(outDir);
  for (const file of [paths.manifest, paths.report, paths.summary]) rmSync(file);
  writeFileSync(`${paths.manifest}.4242-0123456789ab.tmp`, 'row,line,code\n1,2,');
  await storage.db
    .updateTable('letter_jobs')
    .set({ status: 'finishing', finished_at: null })
    .where('id', '=', started.jobId)
    .execute();
  if (claimedAt) {
    await storage.db
      .insertInto('letter_job_claims')
      .values({
        job_id: started.jobId,
        kind: 'finish',
        holder: 'worker-b:4242:0badc0de',
        claimed_at: claimedAt.toISOString(),
      })
      .execute();
  }
  return { jobId: started.jobId, outDir, reference };
}

async function claims(storage: Storage) {
  return storage.db.selectFrom('letter_job_claims').select(['kind', 'holder']).execute();
}

for (const engine of testDatabases) {
  describe(`finishing a letter job on ${engine.name}`, { skip: engine.skip }, () => {
    test('running the job again takes over a finisher that died, and writes the same outputs', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const stuck = await interruptedFinish(storage, new Date(now.getTime() - 6 * minute));
      const progress = await runLetterJobInProcess(buildDeps(storage), stuck.jobId, { threads: 1 });
      assert.equal(progress.status, 'done');
      assert.deepEqual(checksums(stuck.outDir), stuck.reference);
      assert.deepEqual(await claims(storage), [], 'the claim is given up when the job is done');
    });

    test('does not take the claim of a finisher that is still working', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const stuck = await interruptedFinish(storage, new Date(now.getTime() - 1 * minute));
      const outcome = await tryFinishLetterJob(buildDeps(storage), stuck.jobId);
      assert.equal(outcome.kind, 'held-elsewhere');
      assert.equal(await finishLetterJob(buildDeps(storage), stuck.jobId), false);
      assert.equal((await getLetterJobProgress(storage.db, stuck.jobId)).status, 'finishing');
      assert.ok(!existsSync(outputPaths(stuck.outDir).manifest));
      assert.deepEqual(await claims(storage), [{ kind: 'finish', holder: 'worker-b:4242:0badc0de' }]);
    });

    test('the coordinator waits while a finisher works and takes over once its claim is stale', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const stuck = await interruptedFinish(storage, now);
      let clock = now.getTime();
      const notices: string[] = [];
      let polls = 0;
      const progress = await watchDistributedJob(
        { db: storage.db, now: () => new Date(clock) },
        {
          jobId: stuck.jobId,
          queueIds: [],
          stallTimeoutMs: 1, // all shards are done: a stall cannot stop it any more
          now: () => clock,
          sleep: async () => {
            polls++;
            assert.ok(
              !existsSync(outputPaths(stuck.outDir).manifest),
              'not finished while the claim was live',
            );
            clock += minute;
          },
          onNotice: (line) => notices.push(line),
        },
      );
      assert.equal(progress.status, 'done');
      assert.equal(polls, 6, 'taken over at the first poll after five minutes without renewal');
      assert.deepEqual(checksums(stuck.outDir), stuck.reference);
      assert.equal(notices.length, 1);
      assert.match(notices[0] ?? '', /worker-b:4242:0badc0de is joining the outputs/);
      assert.match(notices[0] ?? '', /takes over after 2026-11-25T10:05:00\.000Z/);
      assert.match(notices[0] ?? '', /NL: Alle delen van opdracht/);
    });

    test('of several finishers at once exactly one joins the outputs', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      // A job left `finishing` before claims existed has no claim row at all.
      const stuck = await interruptedFinish(storage, null);
      const outcomes = await Promise.all(
        Array.from({ length: 4 }, () => tryFinishLetterJob(buildDeps(storage), stuck.jobId)),
      );
      assert.deepEqual(outcomes.filter((o) => o.kind === 'finished').length, 1);
      assert.deepEqual(checksums(stuck.outDir), stuck.reference);
      assert.equal((await getLetterJobProgress(storage.db, stuck.jobId)).status, 'done');
    });
  });
}
