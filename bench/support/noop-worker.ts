// A `letters worker` process whose renderer does no rendering: it issues the shard's codes and
// writes empty manifest parts, so the queue, the commits and the finish run as for real letters.
// Many of these on few cores show what coordinating a shard costs PostgreSQL and the workers.
// Started by bench/workers.ts with DATABASE_URL and CODE_SECRET; prints its query count on exit.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { hashCode } from '../../src/core/codes/index.ts';
import type { IssuedCode, ShardOutcome } from '../../src/core/letters/index.ts';
import { codeForRow, jobSeed, outputPaths } from '../../src/letters-pipeline/index.ts';
import type { ShardEnvironment, ShardTask } from '../../src/letters-pipeline/render-shard.ts';
import { runLetterWorker } from '../../src/letters-pipeline/shard-queue.ts';
import { openStorage } from '../../src/storage/open-storage.ts';

// Every statement this process sends (Kysely and pg-boss both go through pg.Client).
let queries = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

async function noopRender(task: ShardTask, env: ShardEnvironment): Promise<ShardOutcome> {
  const seed = jobSeed(env.codeSecret, task.breachId, task.round);
  const variant = task.settings.setup.variants[0];
  if (!variant) throw new Error('the job has no variant');
  const codes: IssuedCode[] = [];
  for (let row = task.shard.firstRow; row < task.shard.firstRow + task.shard.rowCount; row++) {
    codes.push({
      codeHash: hashCode(codeForRow(seed, row), env.codeSecret),
      variantId: variant.id,
      group: variant.group,
      lang: 'nl',
      certainty: variant.certainty,
      categories: [...variant.categories],
      deliveryStatus: 'rendered',
    });
  }
  const parts = outputPaths(task.outDir).parts;
  const id = String(task.shard.index + 1).padStart(5, '0');
  await mkdir(parts, { recursive: true });
  await writeFile(join(parts, `manifest-${id}.csv`), '');
  await writeFile(join(parts, `rejected-${id}.csv`), '');
  return {
    index: task.shard.index,
    generated: codes.length,
    rejected: 0,
    fileName: null,
    fileSha256: null,
    codes,
  };
}

const databaseUrl = process.env.DATABASE_URL ?? '';
const storage = await openStorage({ url: databaseUrl, migrate: false });
const worker = await runLetterWorker(
  {
    db: storage.db,
    codeSecret: process.env.CODE_SECRET ?? '',
    knowledge: loadKnowledge(),
    baseUrl: 'https://datalekwijzer.example',
    now: () => new Date(),
  },
  { databaseUrl, render: noopRender },
);
process.stderr.write(`No-op letters worker ${worker.id} is waiting for shards.\n`);
await new Promise<void>((resolve) => process.once('SIGTERM', resolve));
await worker.stop();
await storage.close();
process.stdout.write(`${JSON.stringify({ queries })}\n`);
