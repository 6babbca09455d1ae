import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { knowledgeDigest, type Knowledge } from '../core/knowledge/index.ts';
import type { ShardOutcome } from '../core/letters/index.ts';
import type { ShardTask } from './render-shard.ts';
import type { ThreadReply, ThreadRequest, ThreadSetup } from './shard-thread-main.ts';

/**
 * Heap limit for a render thread. A shard's PDF keeps about 0.3 MB per letter until the file
 * closes; without a limit V8 sizes each thread's heap from the machine's memory and collects
 * garbage late, so resident memory grows far past what is live. The limit keeps it near.
 */
export function renderThreadLimits(shardSize: number) {
  return { maxOldGenerationSizeMb: Math.ceil(160 + shardSize * 0.4) };
}

export interface ShardPool {
  size: number;
  /** The digest of the knowledge base every thread of this pool renders from. */
  knowledgeDigest: string;
  run(task: ShardTask): Promise<ShardOutcome>;
  close(): Promise<void>;
}

/** A shard that could not be rendered: its thread threw, died or ran out of memory. */
export class ShardRenderError extends Error {
  readonly shardIndex: number;
  constructor(task: ShardTask, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // Shards are numbered from 1 in the outputs (manifest-00001.csv), so the message does too.
    super(
      `Shard ${task.shard.index + 1} (rows ${task.shard.firstRow}–${task.shard.firstRow + task.shard.rowCount - 1}) of letter job ${task.jobId} failed: ${reason}`,
      { cause },
    );
    this.name = 'ShardRenderError';
    this.shardIndex = task.shard.index;
  }
}

const defaultThreadModule = new URL('./shard-thread.mjs', import.meta.url);

/**
 * A fixed set of worker threads (one per core by default) that render shards in parallel, one
 * shard per thread at a time. Built on Piscina: a thread that dies (a crash, or the heap limit
 * of `renderThreadLimits`) fails only the shard it was rendering, with that shard named, and
 * Piscina starts a new thread in its place for the next shard.
 *
 * Every thread gets the caller's knowledge base with its digest and checks the two agree before
 * it takes work; every task carries the digest again and every outcome names the digest it was
 * rendered from, so a job's letters all come from the content it was started with, never from
 * `content/` read again by a thread.
 */
export function createShardPool(options: {
  codeSecret: string;
  knowledge: Knowledge;
  shardSize: number;
  threads?: number;
  smtpUrl?: string;
  /** The thread's entry module; tests pass one that fails on purpose. */
  threadModule?: URL;
}): ShardPool {
  const size = Math.max(1, options.threads ?? availableParallelism());
  const digest = knowledgeDigest(options.knowledge);
  const setup: ThreadSetup = {
    codeSecret: options.codeSecret,
    knowledge: options.knowledge,
    knowledgeDigest: digest,
    ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
  };
  const piscina = new Piscina<ThreadRequest, ThreadReply>({
    filename: (options.threadModule ?? defaultThreadModule).href,
    minThreads: size,
    maxThreads: size,
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Threads wait for tasks on their event loop, so an SMTP connection of an idle thread is served.
    atomics: 'disabled',
    resourceLimits: renderThreadLimits(options.shardSize),
    workerData: setup,
  });
  // A thread that fails outside a task is reported through its task; nothing is left unhandled.
  piscina.on('error', () => {});
  return {
    size,
    knowledgeDigest: digest,
    async run(task) {
      let reply: ThreadReply;
      try {
        reply = await piscina.run({ task, knowledgeDigest: digest });
      } catch (error) {
        throw new ShardRenderError(task, error);
      }
      if (reply.knowledgeDigest !== digest)
        throw new ShardRenderError(task, new Error('the thread rendered from another knowledge base'));
      return reply.outcome;
    },
    async close() {
      await piscina.destroy();
    },
  };
}
