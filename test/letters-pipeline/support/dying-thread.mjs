// A render thread for the pool tests: ends its own thread on the shard with index 1 (as a crash
// or the heap limit would), and answers every other shard with an empty outcome.
import { workerData } from 'piscina';

export default function dieOnShardOne(request) {
  if (request.task.shard.index === 1) process.exit(70);
  return {
    knowledgeDigest: workerData.knowledgeDigest,
    outcome: {
      index: request.task.shard.index,
      generated: 0,
      rejected: 0,
      fileName: null,
      fileSha256: null,
      codes: [],
    },
  };
}
