// Letters benchmark: the whole pipeline (CSV → validation → codes → letters → PDF shards →
// database commits → manifest) against the bare PDF engine rendering the same letters, in the
// same run, with the same number of worker threads. Reports letters per second, the ratio and
// the peak resident memory of each, and writes them to docs/benchmarks.md.
//
//   node bench/run.mjs letters -- --n 20000                      (default --n 1000000)
//   node bench/run.mjs letters -- --n 1000000 --pipeline-only     the real million: the whole pipeline,
//                                                                 wall time and memory per 100,000,
//                                                                 after the bare engine on the first
//                                                                 --engine-sample letters (default
//                                                                 100,000; 0 leaves it out)
//   options: --shard-size 250  --threads <cores>  --no-docs  --keep
import { cpus, availableParallelism, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/content-files/load-knowledge.ts';
import { systemActor } from '../src/core/access/actor.ts';
import { defaultShardSize } from '../src/letters-pipeline/index.ts';
import { renderThreadLimits } from '../src/letters-pipeline/thread-pool.ts';
import { openStorage } from '../src/storage/open-storage.ts';
import { generateLetters } from '../src/use-cases/generate-letters.ts';
import { writeBenchSection } from './support/docs-section.ts';
import { mb, perStep, rssTimeline } from './support/rss-timeline.ts';
import { benchSetup, writeSyntheticCsv } from './support/synthetic-letters.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000000' },
    'shard-size': { type: 'string', default: String(defaultShardSize) },
    threads: { type: 'string', default: String(availableParallelism()) },
    'no-docs': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    /** Only the pipeline, no bare-engine run: for the real million, whose wall time is the measure. */
    'pipeline-only': { type: 'boolean', default: false },
    /** With --pipeline-only: the bare engine renders the first this many of the same letters first. */
    'engine-sample': { type: 'string', default: '100000' },
  },
});
const n = Number(values.n);
const shardSize = Number(values['shard-size']);
const threads = Number(values.threads);
const codeSecret = 'benchmark-code-secret-of-at-least-32-bytes';
const date = new Date().toISOString().slice(0, 10);
// Read once and shared by both runs and all threads, so both render from the same content.
const knowledge = loadKnowledge();

function folderSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    total += info.isDirectory() ? folderSize(path) : info.size;
  }
  return total;
}

/** CPU seconds of this process (every thread) since `from`: under load, a fairer measure than wall time. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

async function runEngine(
  outDir: string,
  count = n,
): Promise<{ seconds: number; cpuSeconds: number; letters: number; peakRss: number }> {
  mkdirSync(outDir, { recursive: true });
  const shards = Math.ceil(count / shardSize);
  const sampler = rssTimeline();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const mine = Array.from({ length: shards }, (_, s) => s).filter((s) => s % threads === t);
      return new Promise<number>((resolve, reject) => {
        const worker = new Worker(new URL('./support/engine-thread.mjs', import.meta.url), {
          workerData: { shards: mine, shardSize, n: count, outDir, codeSecret, date, knowledge },
          resourceLimits: renderThreadLimits(shardSize),
        });
        worker.once('message', (m: { letters: number }) => resolve(m.letters));
        worker.once('error', reject);
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    cpuSeconds: cpuSince(cpuStart),
    letters: results.reduce((a, b) => a + b, 0),
    peakRss: sampler.stop().peak,
  };
}

async function runPipeline(
  work: string,
  csv: string,
): Promise<{
  seconds: number;
  /** Wall time until the job was planned and stored, before the first letter. */
  planSeconds: number;
  cpuSeconds: number;
  letters: number;
  peakRss: number;
  rejected: number;
  steps: { upTo: number; peakRss: number; rate: number }[];
}> {
  const storage = await openStorage({ url: `sqlite:${join(work, 'bench.sqlite')}` });
  const sampler = rssTimeline();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  try {
    // Through the use case, as the command line and the workspace start letters.
    const job = await generateLetters(
      {
        db: storage.db,
        clock: () => new Date(),
        codeSecret,
        knowledge,
        baseUrl: 'https://datalekwijzer.example',
      },
      {
        actor: systemActor,
        breachId: 'bench',
        recipientsPath: csv,
        outDir: join(work, 'pipeline'),
        format: 'pdf',
        setup: benchSetup,
        shardSize,
      },
    );
    const planSeconds = (performance.now() - started) / 1000;
    const progress = await job.render({ threads, onProgress: (p) => sampler.progress(p.processed) });
    sampler.progress(progress.processed);
    const seconds = (performance.now() - started) / 1000;
    const { peak, samples } = sampler.stop();
    return {
      seconds,
      planSeconds,
      cpuSeconds: cpuSince(cpuStart),
      letters: progress.generated,
      rejected: progress.rejected,
      peakRss: peak,
      steps: perStep(samples, n >= 500_000 ? 100_000 : Math.max(1, Math.round(n / 10))),
    };
  } finally {
    await storage.close();
  }
}

const cpuPerLetter = (run: { cpuSeconds: number; letters: number }) =>
  `${((run.cpuSeconds / Math.max(1, run.letters)) * 1000).toFixed(2)} ms`;
const duration = (s: number) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : `${(s / 60).toFixed(1)} min`);
const stepTable = (steps: { upTo: number; peakRss: number; rate: number }[]) =>
  `| letters up to | letters/s in this step | peak RSS in this step |\n| ---: | ---: | ---: |\n${steps
    .map((s) => `| ${s.upTo.toLocaleString('en')} | ${s.rate.toFixed(0)} | ${mb(s.peakRss)} |`)
    .join('\n')}`;

const work = mkdtempSync(join(tmpdir(), 'dlw-bench-letters-'));
console.log(`letters benchmark: ${n} recipients, shards of ${shardSize}, ${threads} threads, in ${work}`);
const csv = join(work, 'recipients.csv');
await writeSyntheticCsv(csv, n);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const loadBefore = loadavg();

if (values['pipeline-only']) {
  // The real run: every letter made, wall time measured, no extrapolation. Its bare counterpart in
  // the same run: the engine alone on the first `--engine-sample` of the same letters (its rate
  // does not depend on the count; a whole bare million would double the run for the same figure).
  const sample = Math.min(n, Number(values['engine-sample']));
  const engine = sample > 0 ? await runEngine(join(work, 'engine'), sample) : undefined;
  if (engine) {
    console.log(
      `bare engine: ${engine.letters} letters in ${engine.seconds.toFixed(1)} s = ${(engine.letters / engine.seconds).toFixed(0)} letters/s, peak RSS ${mb(engine.peakRss)}, ${cpuPerLetter(engine)} CPU per letter`,
    );
    rmSync(join(work, 'engine'), { recursive: true, force: true });
  }
  const pipeline = await runPipeline(work, csv);
  const loadAfter = loadavg();
  const rate = pipeline.letters / pipeline.seconds;
  const engineRate = engine ? engine.letters / engine.seconds : undefined;
  console.log(
    `pipeline: ${pipeline.letters} letters in ${duration(pipeline.seconds)} = ${rate.toFixed(0)} letters/s, peak RSS ${mb(pipeline.peakRss)}`,
  );
  console.log(`  planned in ${pipeline.planSeconds.toFixed(1)} s; ${cpuPerLetter(pipeline)} CPU per letter`);
  if (engineRate) console.log(`  ratio pipeline/engine: ${((rate / engineRate) * 100).toFixed(1)}%`);
  for (const step of pipeline.steps)
    console.log(`  up to ${step.upTo}: ${step.rate.toFixed(0)}/s, ${mb(step.peakRss)}`);
  if (pipeline.letters !== n || (engine && engine.letters !== sample)) {
    console.error(`expected ${n} letters from the pipeline and ${sample} from the engine`);
    process.exitCode = 1;
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  const engineLine =
    engine && engineRate
      ? `- The bare PDF engine (same letters, no CSV, database or manifest) on the first ${sample.toLocaleString('en')} of them,
  in the same run just before: ${engineRate.toFixed(0)} letters/s, ${cpuPerLetter(engine)} CPU per letter, peak ${mb(engine.peakRss)}.
  The whole pipeline over all ${n.toLocaleString('en')}: ${cpuPerLetter(pipeline)} CPU per letter, planned in ${pipeline.planSeconds.toFixed(1)} s;
  its rate is **${((rate / engineRate) * 100).toFixed(1)}%** of the bare engine's.\n`
      : '';
  if (!values['no-docs'] && pipeline.letters === n)
    writeBenchSection(
      `letters-${n}`,
      `## Letters, one whole run of ${n.toLocaleString('en')} (\`bench/letters.ts --pipeline-only\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, Node ${process.version}, ${threads} worker threads,
shards of ${shardSize}, SQLite. Load average (1, 5 min) ${loadBefore[0]?.toFixed(1)}, ${loadBefore[1]?.toFixed(1)} before and ${loadAfter[0]?.toFixed(1)}, ${loadAfter[1]?.toFixed(1)} after.
Command: \`node bench/run.mjs letters -- --n ${n} --pipeline-only${sample !== 100_000 ? ` --engine-sample ${sample}` : ''}\`.

- **${pipeline.letters.toLocaleString('en')} letters in ${duration(pipeline.seconds)}** (${rate.toFixed(0)} letters/s over the whole run, target ≤ 25 min for a million), ${pipeline.rejected} rejected.
- Peak resident memory over the run: **${mb(pipeline.peakRss)}** (target < 1 GB, flat).
${engineLine}
${stepTable(pipeline.steps)}`,
    );
} else {
  const engine = await runEngine(join(work, 'engine'));
  const engineRate = engine.letters / engine.seconds;
  const engineBytes = folderSize(join(work, 'engine'));
  console.log(
    `bare engine: ${engine.letters} letters in ${engine.seconds.toFixed(1)} s = ${engineRate.toFixed(0)} letters/s, peak RSS ${mb(engine.peakRss)}, ${cpuPerLetter(engine)} CPU per letter`,
  );
  if (!values.keep) rmSync(join(work, 'engine'), { recursive: true, force: true });

  const pipeline = await runPipeline(work, csv);
  const pipelineRate = pipeline.letters / pipeline.seconds;
  console.log(
    `pipeline:    ${pipeline.letters} letters in ${pipeline.seconds.toFixed(1)} s = ${pipelineRate.toFixed(0)} letters/s, peak RSS ${mb(pipeline.peakRss)}, ${cpuPerLetter(pipeline)} CPU per letter, planned in ${pipeline.planSeconds.toFixed(1)} s, ${pipeline.rejected} rejected`,
  );
  const loadAfter = loadavg();
  const ratio = pipelineRate / engineRate;
  const million = 1_000_000 / pipelineRate;
  console.log(
    `ratio pipeline/engine: ${(ratio * 100).toFixed(1)}%; 1,000,000 letters at this rate: ${duration(million)}`,
  );
  if (pipeline.letters !== n || engine.letters !== n) {
    console.error(`expected ${n} letters from both runs`);
    process.exitCode = 1;
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true });

  if (!values['no-docs'])
    writeBenchSection(
      'letters',
      `## Letters (\`bench/letters.ts\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, Node ${process.version},
${threads} worker threads, shards (and PDF files) of ${shardSize} letters, SQLite. Load average (1, 5 min)
${loadBefore[0]?.toFixed(1)}, ${loadBefore[1]?.toFixed(1)} before and ${loadAfter[0]?.toFixed(1)}, ${loadAfter[1]?.toFixed(1)} after, on ${cpus().length} cores.
Command: \`node bench/run.mjs letters -- --n ${n}\`.

| run | letters | seconds | letters/s | peak RSS |
| --- | ---: | ---: | ---: | ---: |
| bare PDF engine (same letters, no CSV/DB/manifest) | ${engine.letters} | ${engine.seconds.toFixed(1)} | ${engineRate.toFixed(0)} | ${mb(engine.peakRss)} |
| whole pipeline (CSV → validation → codes → PDF shards → commits → manifest) | ${pipeline.letters} | ${pipeline.seconds.toFixed(1)} | ${pipelineRate.toFixed(0)} | ${mb(pipeline.peakRss)} |

- Pipeline rate as a share of the bare engine: **${(ratio * 100).toFixed(1)}%** (target ≥ 80%).
- 1,000,000 letters at the measured pipeline rate: **${duration(million)}**, extrapolated from ${n} letters; the whole
  million is measured by \`--pipeline-only\` (its own section).
- Peak memory: **${mb(Math.max(engine.peakRss, pipeline.peakRss))}** (target < 1 GB).
- Output size: ${(engineBytes / engine.letters / 1024).toFixed(1)} KB per letter in PDF (${mb((engineBytes / engine.letters) * 1_000_000)} per million).

Pipeline memory and rate per step:

${stepTable(pipeline.steps)}`,
    );
}
