import { parentPort, workerData } from 'node:worker_threads';
import { readKnowledge } from '../content-files/load-knowledge.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import { renderShard, type ShardTask } from './render-shard.ts';

/** Runs inside a worker thread: renders the shards the pool sends, one at a time. */
const data = workerData as {
  codeSecret: string;
  knowledge?: Knowledge;
  contentDir?: string;
  smtpUrl?: string;
};
// The main thread passes its knowledge base, so every thread of a job renders from the same content.
const knowledge = data.knowledge ?? (data.contentDir ? readKnowledge(data.contentDir) : readKnowledge());
const env = { codeSecret: data.codeSecret, knowledge, ...(data.smtpUrl ? { smtpUrl: data.smtpUrl } : {}) };

parentPort?.on('message', (task: ShardTask) => {
  renderShard(task, env).then(
    (outcome) => parentPort?.postMessage({ ok: true, outcome }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
parentPort?.postMessage({ ready: true });
