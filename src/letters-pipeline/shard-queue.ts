import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Knowledge } from '../core/knowledge/index.ts';
import type { Database } from '../storage/schema.ts';
import {
  getJob,
  getShard,
  pendingShards,
  shardFromRow,
  type LetterJobRow,
} from '../storage/repositories/letter-jobs.ts';
import { finishLetterJob } from './finish-job.ts';
import type { LetterJobDeps } from './prepare-job.ts';
import { recordShard, shardTask } from './run-job.ts';
import { renderShard } from './render-shard.ts';
import { defaultShardRetries } from './shard-queue-settings.ts';

/** The pg-boss queue that carries one message per shard: `{ jobId, shardIndex }`. */
export const shardQueue = 'letter-shards';

interface ShardMessage {
  jobId: string;
  shardIndex: number;
}

/**
 * Workers name their database sessions `dlw-letters-worker:<pid>:<host>` (PostgreSQL keeps 63
 * bytes), so the coordinator can count the workers that are connected right now.
 */
const workerSessionPrefix = 'dlw-letters-worker:';

/** Key of the session advisory lock that serialises creating the queue across machines. */
const createQueueLock = 0x646c775f71; // "dlw_q"

async function startBoss(databaseUrl: string, applicationName = 'datalekwijzer'): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, application_name: applicationName });
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

/** The shards that went on the queue, and the pg-boss ids to watch them by. */
export interface QueuedShards {
  /** Shards put on the queue now. */
  queued: number;
  /** Shards that still had a message waiting, being made or waiting to retry from an earlier run. */
  alreadyQueued: number;
  /** pg-boss ids of every message that can still finish a shard of this job. */
  ids: string[];
}

/**
 * Puts every pending shard of a job on the queue, for `datalekwijzer letters worker`
 * processes on any machine that reaches the database and the shared input and output folders.
 * A shard that still has a live message (waiting, being made, waiting to retry; e.g. from a
 * coordinator that stopped) is not queued again, so an SMTP shard is never sent twice at once.
 * Queuing a shard twice would be harmless otherwise: a worker skips a shard that is already done.
 */
export async function enqueueShards(
  deps: Pick<LetterJobDeps, 'db'>,
  databaseUrl: string,
  jobId: string,
  options: { retryLimit?: number } = {},
): Promise<QueuedShards> {
  const boss = await startBoss(databaseUrl);
  try {
    const live = await liveMessages(deps.db, jobId);
    const waiting = new Set(live.map((m) => m.shardIndex));
    const pending = (await pendingShards(deps.db, jobId)).filter((s) => !waiting.has(s.index));
    const ids = live.map((m) => m.id);
    for (let i = 0; i < pending.length; i += 500) {
      const batch = pending.slice(i, i + 500).map((s) => ({
        id: randomUUID(),
        name: shardQueue,
        data: { jobId, shardIndex: s.index } satisfies ShardMessage,
        retryLimit: options.retryLimit ?? defaultShardRetries,
        retryDelay: 5,
        expireInSeconds: 15 * 60,
      }));
      await boss.insert(batch);
      ids.push(...batch.map((m) => m.id));
    }
    return { queued: pending.length, alreadyQueued: live.length, ids };
  } finally {
    await boss.stop({ graceful: true, wait: true });
  }
}

/** Messages of a job that can still finish a shard: waiting, being made, or waiting to retry. */
async function liveMessages(db: Kysely<Database>, jobId: string) {
  const result = await sql<{ id: string; shard_index: number }>`
    select id::text as id, (data->>'shardIndex')::int as shard_index
    from pgboss.job
    where name = ${shardQueue} and data->>'jobId' = ${jobId}
      and state in ('created', 'retry', 'active')`.execute(db);
  return result.rows.map((r) => ({ id: r.id, shardIndex: Number(r.shard_index) }));
}

/** A shard whose message pg-boss gave up on: its retry limit is used up. */
export interface FailedShardMessage {
  shardIndex: number;
  retryLimit: number;
  /** The error's first line, as the worker threw it (no row data: errors name rows by number). */
  reason: string;
}

/** What the queue knows of the messages a coordinator watches, and who is there to take them. */
export interface QueueSnapshot {
  waiting: number;
  active: number;
  /** Failed once, waiting for the next try. */
  retrying: number;
  failed: FailedShardMessage[];
  /** Worker processes with a database session right now. */
  workersConnected: number;
}

/** Reads the state of the given shard messages from pg-boss's tables, and counts live workers. */
export async function readQueueSnapshot(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<QueueSnapshot> {
  const states = await sql<{ state: string; n: number }>`
    select state::text as state, count(*)::int as n from pgboss.job
    where name = ${shardQueue} and id = any(${[...ids]}::uuid[])
    group by state`.execute(db);
  const count = (state: string) => Number(states.rows.find((r) => r.state === state)?.n ?? 0);
  const failed = count('failed')
    ? (
        await sql<{ shard_index: number; retry_limit: number; output: unknown }>`
          select (data->>'shardIndex')::int as shard_index, retry_limit, output from pgboss.job
          where name = ${shardQueue} and id = any(${[...ids]}::uuid[]) and state = 'failed'
          order by shard_index`.execute(db)
      ).rows.map((r) => ({
        shardIndex: Number(r.shard_index),
        retryLimit: Number(r.retry_limit),
        reason: failureReason(r.output),
      }))
    : [];
  const workers = await sql<{ n: number }>`
    select count(distinct application_name)::int as n from pg_stat_activity
    where datname = current_database() and application_name like ${`${workerSessionPrefix}%`}`.execute(db);
  return {
    waiting: count('created'),
    active: count('active'),
    retrying: count('retry'),
    failed,
    workersConnected: Number(workers.rows[0]?.n ?? 0),
  };
}

/**
 * pg-boss stores a thrown error as `{ message, stack, … }` and an expired one as
 * `{ value: { message } }`; keep the message's first line only.
 */
function failureReason(output: unknown): string {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  const out = record(output);
  const message = out?.message ?? record(out?.value)?.message;
  const text = typeof message === 'string' && message.trim() ? message : 'no reason given';
  const line = text.trim().split('\n')[0] ?? text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
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
  options: {
    databaseUrl: string;
    concurrency?: number;
    log?: (line: string) => void;
    /**
     * Renders a shard; `renderShard` unless a benchmark or test passes its own (e.g. a no-op that
     * measures the cost of coordination alone). Never set from configuration or the CLI.
     */
    render?: typeof renderShard;
  },
): Promise<LetterWorker> {
  const render = options.render ?? renderShard;
  const id = `${hostname()}:${process.pid}`;
  const boss = await startBoss(options.databaseUrl, `${workerSessionPrefix}${process.pid}:${hostname()}`);
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
    const outcome = await render(shardTask(job, shardFromRow(row)), env);
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
