// Several workers benchmark: the same letters made by two `letters worker` processes taking
// shards from PostgreSQL and by two in-process render threads, in the same run and database;
// what each shard costs PostgreSQL; and many no-op workers (more than cores) for the cost of
// coordination alone. From that, with the arithmetic written out: how many worker machines one
// PostgreSQL serves, and what 10,000,000 letters take on 10 machines.
//
//   node bench/run.mjs workers -- --n 20000
//   options: --shard-size 250  --threads 2  --sim-workers 8  --sim-n 50000  --pg-cores 4
//            --postgres postgres://postgres@127.0.0.1:5432/postgres (default: DLW_TEST_POSTGRES_URL)
//            --no-docs  --keep
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStorage } from '../src/storage/open-storage.ts';
import { writeBenchSection } from './support/docs-section.ts';
import { benchSetup, writeSyntheticCsv } from './support/synthetic-letters.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20000' },
    'shard-size': { type: 'string', default: '250' },
    threads: { type: 'string', default: '2' },
    'sim-workers': { type: 'string', default: String(Math.max(8, cpus().length * 4)) },
    'sim-n': { type: 'string', default: '50000' },
    /** Shards each `letters worker` process takes at once (its `--concurrency`). */
    'worker-concurrency': { type: 'string', default: '1' },
    /** Cores of the PostgreSQL server the capacity is worked out for. */
    'pg-cores': { type: 'string', default: '4' },
    postgres: {
      type: 'string',
      default: process.env.DLW_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    'no-docs': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const n = Number(values.n);
const shardSize = Number(values['shard-size']);
const threads = Number(values.threads);
const simWorkers = Number(values['sim-workers']);
const simN = Number(values['sim-n']);
const workerConcurrency = Number(values['worker-concurrency']);
const pgCores = Number(values['pg-cores']);
const adminUrl = values.postgres;
const codeSecret = 'benchmark-code-secret-of-at-least-32-bytes';
const bin = new URL('../bin/datalekwijzer.js', import.meta.url).pathname;
const noopWorker = new URL('./support/noop-worker.ts', import.meta.url).pathname;

/** What PostgreSQL's statistics say about the bench database (flushed when sessions end). */
interface PgStats {
  transactions: number;
  /** Milliseconds PostgreSQL's backends spent executing statements. */
  activeMs: number;
  inserted: number;
  updated: number;
  deleted: number;
  /** Rows read from tables (fetched by index or returned by scans). */
  read: number;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function pgStats(url: string): Promise<PgStats> {
  // Sessions flush their statistics when they end; give the server a moment to see them go.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, string>>(
      `select xact_commit + xact_rollback as transactions, active_time as active_ms,
              tup_inserted as inserted, tup_updated as updated, tup_deleted as deleted,
              tup_fetched + tup_returned as read
       from pg_stat_database where datname = current_database()`,
    );
    const r = rows[0] ?? {};
    return {
      transactions: Number(r.transactions),
      activeMs: Number(r.active_ms),
      inserted: Number(r.inserted),
      updated: Number(r.updated),
      deleted: Number(r.deleted),
      read: Number(r.read),
    };
  });
}

const minus = (a: PgStats, b: PgStats): PgStats => ({
  transactions: a.transactions - b.transactions,
  activeMs: a.activeMs - b.activeMs,
  inserted: a.inserted - b.inserted,
  updated: a.updated - b.updated,
  deleted: a.deleted - b.deleted,
  read: a.read - b.read,
});

function start(args: string[], databaseUrl: string) {
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CODE_SECRET: codeSecret,
      SESSION_SECRET: 'session-secret-for-the-benchmark-32-bytes',
      BASE_URL: 'https://datalekwijzer.example',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exit, stdout: () => stdout, stderr: () => stderr };
}

async function ready(worker: ReturnType<typeof start>): Promise<void> {
  let exited = false;
  void worker.exit.then(() => (exited = true));
  const deadline = Date.now() + 120_000;
  while (!worker.stderr().includes('is waiting for shards')) {
    if (exited || Date.now() > deadline) throw new Error(`a worker did not start: ${worker.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `letters generate` for one breach; `--distributed` or in-process threads. */
function generateArgs(breach: string, csv: string, setup: string, out: string, extra: string[]): string[] {
  return [
    bin,
    'letters',
    'generate',
    '--breach',
    breach,
    '--recipients',
    csv,
    '--letters',
    setup,
    '--out',
    out,
    '--shard-size',
    String(shardSize),
    ...extra,
  ];
}

interface RunResult {
  seconds: number;
  letters: number;
  shards: number;
  pg: PgStats;
  /** Statements sent, counted inside no-op workers (real workers are not instrumented). */
  workerQueries?: number;
}

const generatedIn = (out: string) =>
  (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { generated: number }).generated;

async function runThreads(url: string, csv: string, setup: string, out: string): Promise<RunResult> {
  const before = await pgStats(url);
  const started = performance.now();
  const run = start(generateArgs('bench-threads', csv, setup, out, ['--threads', String(threads)]), url);
  if ((await run.exit) !== 0) throw new Error(`letters generate failed: ${run.stderr()}`);
  const seconds = (performance.now() - started) / 1000;
  const pgUsed = minus(await pgStats(url), before);
  return { seconds, letters: generatedIn(out), shards: Math.ceil(n / shardSize), pg: pgUsed };
}

async function runWorkers(
  url: string,
  count: number,
  workerArgs: string[],
  breach: string,
  csv: string,
  rows: number,
  setup: string,
  out: string,
): Promise<RunResult> {
  // Live sessions report their statistics late (up to 10 s), so the PostgreSQL cost is taken from
  // before the workers start to after they have exited: it includes their start and their polling.
  const before = await pgStats(url);
  const workers = Array.from({ length: count }, () => start(workerArgs, url));
  try {
    // All must be polling before shards are queued, or the first to start takes them all.
    await Promise.all(workers.map(ready));
    const started = performance.now();
    const coordinator = start(generateArgs(breach, csv, setup, out, ['--distributed']), url);
    if ((await coordinator.exit) !== 0) throw new Error(`letters generate failed: ${coordinator.stderr()}`);
    const seconds = (performance.now() - started) / 1000;
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exit));
    const pgUsed = minus(await pgStats(url), before);
    const counted = workers.map((w) => /"queries":(\d+)/.exec(w.stdout())?.[1]).filter((q) => q);
    return {
      seconds,
      letters: generatedIn(out),
      shards: Math.ceil(rows / shardSize),
      pg: pgUsed,
      ...(counted.length ? { workerQueries: counted.reduce((a, q) => a + Number(q), 0) } : {}),
    };
  } finally {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  }
}

const name = `dlw_bench_${randomBytes(5).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const work = mkdtempSync(join(tmpdir(), 'dlw-bench-workers-'));
console.log(
  `workers benchmark: ${n} letters, shards of ${shardSize}, ${threads} threads vs ${threads} worker processes; ` +
    `${simWorkers} no-op workers on ${simN} letters; database ${name}, in ${work}`,
);
await withClient(adminUrl, (c) => c.query(`create database ${name}`));
const loadBefore = loadavg();
try {
  const storage = await openStorage({ url: url.toString() }); // migrate once, before any process starts
  await storage.close();
  const csv = join(work, 'recipients.csv');
  const simCsv = join(work, 'recipients-sim.csv');
  const setup = join(work, 'setup.json');
  await writeSyntheticCsv(csv, n);
  await writeSyntheticCsv(simCsv, simN);
  writeFileSync(setup, JSON.stringify(benchSetup));

  const inProcess = await runThreads(url.toString(), csv, setup, join(work, 'threads'));
  report('in-process threads', inProcess);
  const workers = await runWorkers(
    url.toString(),
    threads,
    [bin, 'letters', 'worker', '--concurrency', String(workerConcurrency)],
    'bench-workers',
    csv,
    n,
    setup,
    join(work, 'workers'),
  );
  report('worker processes', workers);
  const noop = await runWorkers(
    url.toString(),
    simWorkers,
    ['--import', 'tsx', noopWorker],
    'bench-noop',
    simCsv,
    simN,
    setup,
    join(work, 'noop'),
  );
  report(`${simWorkers} no-op workers`, noop);
  const loadAfter = loadavg();
  if (inProcess.letters !== n || workers.letters !== n || noop.letters !== simN) {
    console.error('a run did not make every letter');
    process.exitCode = 1;
  }
  const text = capacity(inProcess, workers, noop);
  console.log(text);
  if (!values['no-docs'])
    writeBenchSection(
      'workers',
      `## Several workers through PostgreSQL (\`bench/workers.ts\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version},
PostgreSQL on the same machine. Load average (1, 5 min) ${loadBefore[0]?.toFixed(1)}, ${loadBefore[1]?.toFixed(1)} before and ${loadAfter[0]?.toFixed(1)}, ${loadAfter[1]?.toFixed(1)} after.
Command: \`node bench/run.mjs workers -- --n ${n} --sim-workers ${simWorkers} --sim-n ${simN} --pg-cores ${pgCores} --worker-concurrency ${workerConcurrency}\`.

| run | letters | shards | seconds | letters/s | PostgreSQL ms per shard | transactions per shard | rows written per shard | rows read per shard |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${[
  ['two in-process threads (`letters generate --threads 2`)', inProcess],
  ['two `letters worker` processes (`--distributed`)', workers],
  [`${simWorkers} no-op \`letters worker\` processes (render nothing)`, noop],
]
  .map(([label, r]) => row(label as string, r as RunResult))
  .join('\n')}

${text}`,
    );
} finally {
  await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

function perShard(r: RunResult) {
  return {
    ms: r.pg.activeMs / r.shards,
    transactions: r.pg.transactions / r.shards,
    written: (r.pg.inserted + r.pg.updated + r.pg.deleted) / r.shards,
    read: r.pg.read / r.shards,
  };
}

function row(label: string, r: RunResult): string {
  const s = perShard(r);
  return `| ${label} | ${r.letters} | ${r.shards} | ${r.seconds.toFixed(1)} | ${(r.letters / r.seconds).toFixed(0)} | ${s.ms.toFixed(1)} | ${s.transactions.toFixed(1)} | ${s.written.toFixed(0)} | ${s.read.toFixed(0)} |`;
}

function report(label: string, r: RunResult): void {
  const s = perShard(r);
  console.log(
    `${label}: ${r.letters} letters in ${r.seconds.toFixed(1)} s = ${(r.letters / r.seconds).toFixed(0)} letters/s; ` +
      `PostgreSQL per shard: ${s.ms.toFixed(1)} ms busy, ${s.transactions.toFixed(1)} transactions, ` +
      `${s.written.toFixed(0)} rows written, ${s.read.toFixed(0)} rows read` +
      (r.workerQueries !== undefined
        ? `, ${(r.workerQueries / r.shards).toFixed(1)} statements from workers`
        : ''),
  );
}

/** The capacity arithmetic, written out with the measured numbers. */
function capacity(inProcess: RunResult, workers: RunResult, noop: RunResult): string {
  const threadRate = inProcess.letters / inProcess.seconds;
  const machineRate = workers.letters / workers.seconds;
  const msPerShard = Math.max(perShard(workers).ms, perShard(noop).ms);
  const shardsPerMachine = machineRate / shardSize;
  const pgShardsPerSecond = (pgCores * 1000) / msPerShard;
  const machines = pgShardsPerSecond / shardsPerMachine;
  const noopShardsPerSecond = noop.shards / noop.seconds;
  const total = 10_000_000;
  const machineBound = total / (10 * machineRate);
  const pgBound = (total / shardSize) * (msPerShard / (pgCores * 1000));
  const hours = (s: number) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : `${(s / 60).toFixed(0)} min`);
  return `- Two worker processes make **${((machineRate / threadRate) * 100).toFixed(0)}%** of the letters per second of two in-process threads (target ≥ 90%).
- PostgreSQL's busy time per shard of ${shardSize} letters: **${msPerShard.toFixed(1)} ms** (the higher of the real and the no-op run;
  it includes the queue, the commit of ${shardSize} codes and their round, the finish check, the coordinator's planning and polling,
  and starting the workers, so short runs overstate it).
- One worker machine like this one (2 worker processes on ${cpus().length} cores) makes ${machineRate.toFixed(0)} letters/s = ${shardsPerMachine.toFixed(2)} shards/s.
- A PostgreSQL server with ${pgCores} cores busy only with shards handles ${pgCores} × 1000 ms / ${msPerShard.toFixed(1)} ms = **${pgShardsPerSecond.toFixed(0)} shards/s**,
  so it serves ${pgShardsPerSecond.toFixed(0)} / ${shardsPerMachine.toFixed(2)} = **about ${Math.floor(machines)} worker machines** before it is the bottleneck
  (statement time only: connections, WAL and disk on the real server come on top, so plan for half).
- Coordination alone, measured: ${simWorkers} no-op workers on ${cpus().length} cores (PostgreSQL on the same cores) finished ${noopShardsPerSecond.toFixed(1)} shards/s
  = ${(noopShardsPerSecond * shardSize).toFixed(0)} letters/s, ${((noopShardsPerSecond * shardSize) / machineRate).toFixed(0)} times what one rendering machine needs.
- 10,000,000 letters on 10 machines: rendering takes 10,000,000 / (10 × ${machineRate.toFixed(0)}/s) = **${hours(machineBound)}**;
  PostgreSQL needs ${(total / shardSize).toFixed(0)} shards × ${msPerShard.toFixed(1)} ms / ${pgCores} cores = ${hours(pgBound)} of that, so the machines,
  not PostgreSQL, set the pace${machineBound >= pgBound ? '' : ' — here PostgreSQL is the limit'}. Planning the file (one pass on the coordinator) comes before.`;
}
