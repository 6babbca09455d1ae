import { workerData } from 'piscina';
import { knowledgeDigest, type Knowledge } from '../core/knowledge/index.ts';
import type { ShardOutcome } from '../core/letters/index.ts';
import { renderShard, type ShardTask } from './render-shard.ts';

/** What the pool gives every render thread when it starts. */
export interface ThreadSetup {
  codeSecret: string;
  knowledge: Knowledge;
  /** `knowledgeDigest(knowledge)` as the main thread computed it. */
  knowledgeDigest: string;
  smtpUrl?: string;
}

export interface ThreadRequest {
  task: ShardTask;
  /** The digest of the knowledge base the job renders from. */
  knowledgeDigest: string;
}

export interface ThreadReply {
  outcome: ShardOutcome;
  /** The digest of the knowledge base this thread rendered the shard from. */
  knowledgeDigest: string;
}

const setup = workerData as ThreadSetup;
// Checked once per thread: the copy this thread received is the knowledge base of the job.
const digest = knowledgeDigest(setup.knowledge);
if (digest !== setup.knowledgeDigest)
  throw new Error(
    `Render thread received a knowledge base with digest ${digest}, expected ${setup.knowledgeDigest}.`,
  );
const env = {
  codeSecret: setup.codeSecret,
  knowledge: setup.knowledge,
  ...(setup.smtpUrl ? { smtpUrl: setup.smtpUrl } : {}),
};

/** Runs inside a render thread: renders one shard from the knowledge base the pool handed over. */
export async function renderInThread(request: ThreadRequest): Promise<ThreadReply> {
  if (request.knowledgeDigest !== digest)
    throw new Error(
      `Shard task for knowledge base ${request.knowledgeDigest}, but this thread holds ${digest}.`,
    );
  return { outcome: await renderShard(request.task, env), knowledgeDigest: digest };
}
