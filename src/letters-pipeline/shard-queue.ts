import { hostname } from 'node:os';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Knowledge } from '../core/knowledge/index.ts';
import { getJob, getShard, pendingShards, shardFromRow, type LetterJobRow } from './job-store.ts';
import { finishLetterJob, recordShard, shardTask, type LetterJobDeps } from './letter-job.ts';
import { renderShard } from './render-shard.ts';

/** The pg-boss queue that carries one message per shard: `{ jobId, shardIndex }`. */
export const shardQueue = 'letter-shards';

interface ShardMessage {
  jobId: string;
  shardIndex: number;
}

/** Key of the session advisory lock that serialises creating the queue across machines. */
const createQueueLock = 0x646c775f71; // "dlw_q"

async function startBoss(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4 });
  boss.on('error', (error) => console.error(`pg-boss: ${error.message}`));
  await boss.start();
  // pg-boss's createQueue is not safe to run at the same moment from two processes: both insert
  // into pgboss.queue and create a partition, and PostgreSQL can report a deadlock. Workers that
  // boot together would then die before taking any work, so take turns under an advisory lock.
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [createQueueLock]);
    if (!(await boss.getQueue(shardQueue))) await boss.createQueue(shardQueue);
  } finally {
    await lock.end(); // ending the session releases the lock
  }
  return boss;
}

/**
 * Puts every pending shard of a job on the queue, for `datalekwijzer letters worker`
 * processes on any machine that reaches the database and the shared input and output folders.
 * Queuing a shard twice is harmless: a worker skips a shard that is already done.
 */
export async function enqueueShards(deps: Pick<LetterJobDeps, 'db'>, databaseUrl: string, jobId: string) {
  const boss = await startBoss(databaseUrl);
  try {
    const pending = await pendingShards(deps.db, jobId);
    for (let i = 0; i < pending.length; i += 500) {
      await boss.insert(
        pending.slice(i, i + 500).map((s) => ({
          name: shardQueue,
          data: { jobId, shardIndex: s.index } satisfies ShardMessage,
          retryLimit: 3,
          retryDelay: 5,
          expireInSeconds: 15 * 60,
        })),
      );
    }
    return pending.length;
  } finally {
    await boss.stop({ graceful: true, wait: true });
  }
}

export interface LetterWorker {
  id: string;
  stop(): Promise<void>;
}

/**
 * Runs a shard worker: takes shards from the queue, renders each in this process, commits it
 * in a transaction, and finishes the job when it rendered the last shard. A worker that dies
 * mid-shard leaves the shard pending; pg-boss hands it to another worker after it expires.
 */
export async function runLetterWorker(
  deps: LetterJobDeps & { knowledge: Knowledge },
  options: { databaseUrl: string; concurrency?: number; log?: (line: string) => void },
): Promise<LetterWorker> {
  const id = `${hostname()}:${process.pid}`;
  const boss = await startBoss(options.databaseUrl);
  const jobs = new Map<string, LetterJobRow>();
  const env = { codeSecret: deps.codeSecret, knowledge: deps.knowledge };
  const handle = async (message: ShardMessage) => {
    let job = jobs.get(message.jobId);
    if (!job) {
      job = await getJob(deps.db, message.jobId);
      if (!job) return; // the job was deleted; nothing to do
      jobs.set(job.id, job);
    }
    const row = await getShard(deps.db, job.id, message.shardIndex);
    if (!row || row.status === 'done') return;
    const outcome = await renderShard(shardTask(job, shardFromRow(row)), env);
    await recordShard(deps, job, outcome, id);
    options.log?.(`shard ${message.shardIndex + 1} of job ${job.id}: ${outcome.generated} letters`);
    if (await finishLetterJob(deps, job.id)) options.log?.(`job ${job.id} finished`);
  };
  for (let i = 0; i < Math.max(1, options.concurrency ?? 1); i++) {
    await boss.work<ShardMessage>(
      shardQueue,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async (batch) => {
        for (const message of batch) await handle(message.data);
      },
    );
  }
  return {
    id,
    async stop() {
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
