import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Knowledge } from '../core/knowledge/index.ts';
import type { ShardOutcome } from './job-store.ts';
import type { ShardTask } from './render-shard.ts';

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
  run(task: ShardTask): Promise<ShardOutcome>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

/**
 * A fixed set of worker threads (one per core by default) that render shards in parallel.
 * Each thread loads the knowledge base and fonts once and renders one shard at a time.
 */
export function createShardPool(options: {
  codeSecret: string;
  threads?: number;
  contentDir?: string;
  smtpUrl?: string;
  shardSize: number;
  knowledge?: Knowledge;
}): ShardPool {
  const size = Math.max(1, options.threads ?? availableParallelism());
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./shard-thread.mjs', import.meta.url), {
      workerData: {
        codeSecret: options.codeSecret,
        contentDir: options.contentDir,
        smtpUrl: options.smtpUrl,
      },
      resourceLimits: renderThreadLimits(options.shardSize),
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    slots.push({ worker, ready, busy: false });
  }

  function release(slot: Slot) {
    const next = waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  async function acquire(): Promise<Slot> {
    const free = slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return free;
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  return {
    size,
    async run(task) {
      const slot = await acquire();
      try {
        await slot.ready;
        return await new Promise<ShardOutcome>((resolve, reject) => {
          const onError = (error: Error) => reject(error);
          slot.worker.once('error', onError);
          slot.worker.once('message', (message: { ok: boolean; outcome?: ShardOutcome; error?: string }) => {
            slot.worker.off('error', onError);
            if (message.ok) resolve(message.outcome as ShardOutcome);
            else reject(new Error(`Shard ${task.shard.index} failed: ${message.error}`));
          });
          slot.worker.postMessage(task);
        });
      } finally {
        release(slot);
      }
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
