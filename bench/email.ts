// E-mail benchmark: personal e-mails through the whole pipeline (CSV → validation → codes →
// letter model → MIME → `.eml` files, or SMTP with the throttle and retry path) next to bare
// nodemailer composing the same messages from the same letters in the same run. SMTP goes to
// a sink on loopback (the `smtp-server` package, in its own process) that accepts and
// discards; the sink's count checks that every message arrived. Resident memory is sampled
// over each run and reported per 100,000 messages. Writes its section of docs/benchmarks.md.
//
//   node bench/run.mjs email -- --n 1000000      (default --n 1000000, both --modes eml,smtp)
//   options: --shard-size 250  --threads <cores>  --modes eml,smtp  --no-docs
//   one mode alone writes its own section (email-eml, email-smtp), so the two can run at different sizes
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadKnowledge } from '../src/content-files/load-knowledge.ts';
import { systemActor } from '../src/core/access/actor.ts';
import { defaultShardSize } from '../src/letters-pipeline/index.ts';
import { openStorage } from '../src/storage/open-storage.ts';
import { generateLetters } from '../src/use-cases/generate-letters.ts';
import { writeBenchSection } from './support/docs-section.ts';
import { mb, perStep, rssTimeline } from './support/rss-timeline.ts';
import { benchEmailSetup, writeSyntheticCsv } from './support/synthetic-letters.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000000' },
    'shard-size': { type: 'string', default: String(defaultShardSize) },
    threads: { type: 'string', default: String(availableParallelism()) },
    modes: { type: 'string', default: 'eml,smtp' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const shardSize = Number(values['shard-size']);
const threads = Number(values.threads);
const modes = values.modes.split(',').filter((m): m is 'eml' | 'smtp' => m === 'eml' || m === 'smtp');
const codeSecret = 'benchmark-code-secret-of-at-least-32-bytes';
const date = new Date().toISOString().slice(0, 10);
const knowledge = loadKnowledge();
const here = fileURLToPath(new URL('.', import.meta.url));
const from = benchEmailSetup.email?.from ?? '';
const step = n >= 500_000 ? 100_000 : Math.max(1, Math.round(n / 10));

interface RunResult {
  seconds: number;
  /** CPU seconds of this process (every thread) during the run. */
  cpuSeconds: number;
  messages: number;
  peakRss: number;
  steps: { upTo: number; peakRss: number; rate: number }[];
}

/** Starts the SMTP sink in its own process; `stop` gives the number of messages it received. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

async function startSink(): Promise<{ url: string; stop(): Promise<number> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'support/smtp-sink.ts')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  while (!/ready (\d+)/.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
  const port = Number(/ready (\d+)/.exec(output)?.[1]);
  return {
    url: `smtp://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
      return Number(/received (\d+)/.exec(output)?.[1] ?? -1);
    },
  };
}

/** Where each side writes row `row`'s file: bare names its folders by a shard's first row. */
const emlName = (row: number) => `${String(row).padStart(9, '0')}.eml`;
const shardFolder = (row: number) => String(Math.floor((row - 1) / shardSize) + 1).padStart(5, '0');
const bareFolder = (row: number) =>
  String(Math.floor((row - 1) / shardSize) * shardSize + 1).padStart(9, '0');

/** Shards as in the pipeline, dealt round-robin to the threads. */
function rowsOfThread(t: number, count: number): [number, number][] {
  const rows: [number, number][] = [];
  for (let s = t; s * shardSize < n; s += count)
    rows.push([s * shardSize + 1, Math.min(n, (s + 1) * shardSize)]);
  return rows;
}

async function runBare(mode: 'eml' | 'smtp', outDir: string, smtpUrl?: string): Promise<RunResult> {
  mkdirSync(outDir, { recursive: true });
  // The pipeline sends SMTP from one thread (one throttle); the bare run does the same.
  const count = mode === 'smtp' ? 1 : threads;
  const timeline = rssTimeline();
  let done = 0;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const totals = await Promise.all(
    Array.from({ length: count }, (_, t) => {
      return new Promise<number>((resolve, reject) => {
        const worker = new Worker(new URL('./support/email-thread.mjs', import.meta.url), {
          workerData: {
            rows: rowsOfThread(t, count),
            mode,
            breachId: `bench-${mode}`,
            outDir,
            smtpUrl,
            codeSecret,
            date,
            from,
            knowledge,
          },
        });
        worker.on('message', (m: { progress: number; messages?: number }) => {
          done += m.progress;
          timeline.progress(done);
          if (m.messages !== undefined) resolve(m.messages);
        });
        worker.once('error', reject);
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { peak, samples } = timeline.stop();
  return {
    seconds,
    cpuSeconds: cpuSince(cpuStart),
    messages: totals.reduce((a, b) => a + b, 0),
    peakRss: peak,
    steps: perStep(samples, step),
  };
}

async function runPipeline(
  mode: 'eml' | 'smtp',
  work: string,
  csv: string,
  smtpUrl?: string,
): Promise<RunResult & { rejected: number; retrying: number }> {
  const storage = await openStorage({ url: `sqlite:${join(work, `bench-${mode}.sqlite`)}` });
  const timeline = rssTimeline();
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
        breachId: `bench-${mode}`,
        recipientsPath: csv,
        outDir: join(work, `pipeline-${mode}`),
        format: mode,
        setup: benchEmailSetup,
        shardSize,
      },
    );
    const progress = await job.render({
      threads,
      ...(smtpUrl ? { smtpUrl } : {}),
      onProgress: (p) => timeline.progress(p.processed),
    });
    timeline.progress(progress.processed);
    const seconds = (performance.now() - started) / 1000;
    const { peak, samples } = timeline.stop();
    return {
      seconds,
      cpuSeconds: cpuSince(cpuStart),
      messages: progress.generated,
      rejected: progress.rejected,
      retrying: progress.retrying,
      peakRss: peak,
      steps: perStep(samples, step),
    };
  } finally {
    await storage.close();
  }
}

const rate = (r: RunResult) => r.messages / r.seconds;
/** CPU milliseconds per message: under other load, a fairer comparison than the rate. */
const cpuPerMessage = (r: RunResult) => `${((r.cpuSeconds / Math.max(1, r.messages)) * 1000).toFixed(2)} ms`;
const work = mkdtempSync(join(tmpdir(), 'dlw-bench-email-'));
console.log(`e-mail benchmark: ${n} recipients, shards of ${shardSize}, ${threads} threads, in ${work}`);
const csv = join(work, 'recipients.csv');
await writeSyntheticCsv(csv, n, { email: true });
const loadBefore = loadavg();
const rows: string[] = [];
const stepTables: string[] = [];
let failed = false;

for (const mode of modes) {
  const sink = mode === 'smtp' ? await startSink() : undefined;
  const bare = await runBare(mode, join(work, `bare-${mode}`), sink?.url);
  const bareReceived = sink ? await sink.stop() : undefined;
  console.log(
    `${mode} bare nodemailer: ${bare.messages} in ${bare.seconds.toFixed(1)} s = ${rate(bare).toFixed(0)}/s, peak ${mb(bare.peakRss)}, ${cpuPerMessage(bare)} CPU per message`,
  );

  const sink2 = mode === 'smtp' ? await startSink() : undefined;
  const pipeline = await runPipeline(mode, work, csv, sink2?.url);
  const pipelineReceived = sink2 ? await sink2.stop() : undefined;
  if (mode === 'eml') {
    // Both sides must have made the same messages, or the ratio compares different work.
    const same = [1, n].every((row) =>
      readFileSync(join(work, 'bare-eml', bareFolder(row), emlName(row))).equals(
        readFileSync(join(work, 'pipeline-eml', 'letters', shardFolder(row), emlName(row))),
      ),
    );
    console.log(`eml: rows 1 and ${n} are the same bytes on both sides: ${same ? 'yes' : 'NO'}`);
    if (!same) failed = true;
  }
  // The bare run's files go only now: deleting a million files makes the disk trim (ext4 with
  // `discard`) for minutes, and the pipeline ran at about 60% of its later rate meanwhile
  // (docs/benchmarks.md, `.eml` notes).
  rmSync(join(work, `bare-${mode}`), { recursive: true, force: true });
  rmSync(join(work, `pipeline-${mode}`), { recursive: true, force: true });
  const ratio = rate(pipeline) / rate(bare);
  console.log(
    `${mode} pipeline:        ${pipeline.messages} in ${pipeline.seconds.toFixed(1)} s = ${rate(pipeline).toFixed(0)}/s, peak ${mb(pipeline.peakRss)}, ${cpuPerMessage(pipeline)} CPU per message, ratio ${(ratio * 100).toFixed(1)}%`,
  );
  if (pipeline.messages !== n || bare.messages !== n || pipeline.rejected || pipeline.retrying) failed = true;
  if (sink && (bareReceived !== n || pipelineReceived !== n)) {
    console.error(`the sink received ${bareReceived} (bare) and ${pipelineReceived} (pipeline) of ${n}`);
    failed = true;
  }
  const arrived = sink ? ` (sink received ${bareReceived} / ${pipelineReceived})` : '';
  rows.push(
    `| ${mode} | bare nodemailer${mode === 'smtp' ? ', 1 thread, pooled transport' : `, ${threads} threads`} | ${bare.messages} | ${bare.seconds.toFixed(1)} | ${rate(bare).toFixed(0)} | ${cpuPerMessage(bare)} | ${mb(bare.peakRss)} | |`,
    `| ${mode} | whole pipeline${arrived} | ${pipeline.messages} | ${pipeline.seconds.toFixed(1)} | ${rate(pipeline).toFixed(0)} | ${cpuPerMessage(pipeline)} | ${mb(pipeline.peakRss)} | **${(ratio * 100).toFixed(1)}%** |`,
  );
  stepTables.push(
    `Pipeline, \`${mode}\`, per ${step.toLocaleString('en')} messages:\n\n| up to | messages/s in this step | peak RSS in this step |\n| ---: | ---: | ---: |\n${pipeline.steps
      .map((s) => `| ${s.upTo.toLocaleString('en')} | ${s.rate.toFixed(0)} | ${mb(s.peakRss)} |`)
      .join('\n')}`,
  );
}
const loadAfter = loadavg();
rmSync(work, { recursive: true, force: true });
if (failed) {
  console.error('not every message was made and delivered; see above');
  process.exitCode = 1;
}

if (!values['no-docs'] && !failed) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const flags = process.argv.slice(2);
  writeBenchSection(
    modes.length === 1 ? `email-${modes[0]}` : 'email',
    `## E-mail${modes.length === 1 ? `, ${modes[0] === 'eml' ? '`.eml` files' : 'SMTP'}` : ''} (\`bench/email.ts\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, Node ${process.version}, shards of ${shardSize},
SQLite${modes.includes('smtp') ? ', the SMTP sink (`smtp-server`, accepting and discarding) in its own process on loopback' : ''}.${modes.includes('eml') ? ' Both sides wrote byte-identical `.eml` files (the first and last row compared).' : ''} Load average
(1, 5 min) ${loadBefore[0]?.toFixed(1)}, ${loadBefore[1]?.toFixed(1)} before and ${loadAfter[0]?.toFixed(1)}, ${loadAfter[1]?.toFixed(1)} after. Command: \`node bench/run.mjs email -- ${flags.join(' ')}\`.

| output | run | messages | seconds | messages/s | CPU per message | peak RSS | pipeline / bare |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${stepTables.join('\n\n')}`,
  );
}
