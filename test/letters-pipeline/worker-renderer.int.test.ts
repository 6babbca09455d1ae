import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { systemActor } from '../../src/core/access/actor.ts';
import { renderShard } from '../../src/letters-pipeline/render-shard.ts';
import { enqueueShards, runLetterWorker } from '../../src/letters-pipeline/shard-queue.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import { getJob } from '../../src/storage/repositories/letter-jobs.ts';
import { generateLetters } from '../../src/use-cases/generate-letters.ts';
import { createTestDatabase, dropTestDatabase } from '../support/databases.ts';
import { buildDeps, buildPerson, buildSetup, tempDir, writeRecipients } from './builders.ts';

describe(
  'a letters worker with its own renderer',
  { skip: process.env.DLW_TEST_POSTGRES_URL ? undefined : 'DLW_TEST_POSTGRES_URL is not set' },
  () => {
    test('renders every queued shard through the renderer it was given (as the workers benchmark does)', async () => {
      const { name, url } = await createTestDatabase();
      const storage = await openStorage({ url });
      try {
        const deps = buildDeps(storage);
        const started = await generateLetters(
          { ...deps, clock: deps.now },
          {
            actor: systemActor,
            breachId: 'br-renderer',
            recipientsPath: writeRecipients([buildPerson(1), buildPerson(2), buildPerson(3)]),
            outDir: join(tempDir('dlw-renderer-'), 'out'),
            format: 'pdf',
            setup: buildSetup(),
            shardSize: 1,
          },
        );
        await enqueueShards(deps, url, started.job.id);
        const rendered: number[] = [];
        const worker = await runLetterWorker(deps, {
          databaseUrl: url,
          render: (task, env) => {
            rendered.push(task.shard.index);
            return renderShard(task, env);
          },
        });
        try {
          const deadline = Date.now() + 60_000;
          while ((await getJob(storage.db, started.job.id))?.status !== 'done') {
            assert.ok(Date.now() < deadline, 'the worker did not finish the job within a minute');
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        } finally {
          await worker.stop();
        }
        assert.deepEqual(
          rendered.sort((a, b) => a - b),
          [0, 1, 2],
        );
      } finally {
        await storage.close();
        await dropTestDatabase(name);
      }
    });
  },
);
