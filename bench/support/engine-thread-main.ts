// Bare engine: builds the same letters as the pipeline and renders them with the PDF batch
// writer, files of `shardSize` letters, with no CSV, validation, database, manifest or renames.
import { parentPort, workerData } from 'node:worker_threads';
import type { Knowledge } from '../../src/core/knowledge/index.ts';
import { createLetterFactory } from '../../src/letters-pipeline/letter-factory.ts';
import { createLetterBatchWriter } from '../../src/pdf/letters/index.ts';
import { benchSettings, syntheticRecipient } from './synthetic-letters.ts';

const job = workerData as {
  shards: number[];
  shardSize: number;
  n: number;
  outDir: string;
  codeSecret: string;
  date: string;
  knowledge: Knowledge;
};
const makeLetter = createLetterFactory(
  { breachId: 'bench', round: 1, settings: benchSettings(job.date) },
  { codeSecret: job.codeSecret, knowledge: job.knowledge },
);
let letters = 0;
for (const shard of job.shards) {
  const writer = createLetterBatchWriter({
    directory: job.outDir,
    lettersPerFile: job.shardSize,
    fileName: () => `engine-${String(shard + 1).padStart(5, '0')}.pdf`,
    title: 'BENCH-2026 ronde 1',
    creationDate: new Date(`${job.date}T00:00:00Z`),
  });
  const first = shard * job.shardSize + 1;
  const last = Math.min(job.n, first + job.shardSize - 1);
  for (let row = first; row <= last; row++) {
    await writer.add(makeLetter(syntheticRecipient(row)).letter);
    letters++;
  }
  await writer.close();
}
parentPort?.postMessage({ letters });
