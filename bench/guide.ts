// Benchmark of the victims' guide: the personal page (cookie → code look-up → full HTML page)
// and the genuineness check (typed code → check character → keyed hash → look-up → page), under
// many concurrent clients (autocannon), next to a bare node:http server that answers the same
// look-ups with the same SQLite queries, in the same run. The server runs pinned to core 0
// (`taskset -c 0`), the load generator to core 1. Writes its section of docs/benchmarks.md.
//
//   node bench/run.mjs guide        (defaults: --codes 20000 --seconds 10 --connections 100 --repeat 3)
// Then the same app on PostgreSQL against the same app on SQLite, same codes, same load
// (--pg-connections, default 40), alternating: the guide where production installations run.
//
//   options: --codes N  --seconds S  --connections C  --repeat R  --no-docs
//            --postgres URL (admin URL; a fresh database is made and dropped)  --pg-connections C
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { systemActor } from '../src/core/access/actor.ts';
import { generateCode, hashCode } from '../src/core/codes/index.ts';
import { commitShard } from '../src/storage/repositories/letter-jobs.ts';
import { openStorage } from '../src/storage/open-storage.ts';
import { createOrganisation } from '../src/use-cases/create-organisation.ts';
import { publishBreach } from '../src/use-cases/publish-breach.ts';
import { registerBreach } from '../src/use-cases/register-breach.ts';
import { codeCookieValue } from '../src/web/guide/code-cookie.ts';

const { values } = parseArgs({
  options: {
    codes: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    repeat: { type: 'string', default: '3' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'pg-connections': { type: 'string', default: '40' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const codeCount = Number(values.codes);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const repeat = Math.max(1, Number(values.repeat));
const secret = randomBytes(48).toString('base64');
const work = mkdtempSync(join(tmpdir(), 'dlw-bench-guide-'));
const dbPath = join(work, 'guide.sqlite');
const here = fileURLToPath(new URL('.', import.meta.url));
const pin = existsSync('/usr/bin/taskset') && cpus().length >= 2;

// ---- Data: the lab case, one breach, codes in three certainty groups, two message rounds ----
interface CodeRecord {
  codeHash: string;
  variantId: string;
  group: string;
  lang: 'nl';
  certainty: string;
  categories: string[];
  deliveryStatus: 'rendered';
}
async function seed(url: string, codes: string[]): Promise<CodeRecord[]> {
  const storage = await openStorage({ url });
  const deps = { db: storage.db, clock: () => new Date() };
  const org = await createOrganisation(deps, {
    actor: systemActor,
    name: 'Laboratorium (benchmark)',
    kind: 'healthcare',
    sector: 'healthcare',
    website: 'https://lab.example',
  });
  const breach = await registerBreach(deps, {
    actor: systemActor,
    organisationId: org.id,
    title: { nl: 'Hack bij het laboratorium', en: 'Hack at the laboratory' },
    sector: 'healthcare',
    description: {
      nl: 'Criminelen hebben gegevens van het laboratorium gestolen.',
      en: 'Criminals stole data from the laboratory.',
    },
    discoveredOn: '2025-07-06',
    dataCategories: ['name', 'address', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name', 'gender'],
    recipientGroups: [
      { name: { nl: 'Deelnemers', en: 'Participants' }, certainty: 'confirmed', count: codeCount },
    ],
    measures: [
      { nl: 'Het laboratorium is van het netwerk gehaald.', en: 'The laboratory was taken off the network.' },
    ],
    helpline: { phone: '0800-1617', hours: { nl: 'Werkdagen 9-17 uur', en: 'Working days 9-17' }, url: null },
    questions: [
      {
        question: { nl: 'Wat moet ik nu doen?', en: 'What should I do now?' },
        answer: { nl: 'Volg de stappen op deze pagina.', en: 'Follow the steps on this page.' },
      },
    ],
    sources: [],
  });
  await publishBreach(deps, { actor: systemActor, breachId: breach.id, expectedVersion: breach.version });
  const groups = [
    {
      certainty: 'confirmed',
      categories: ['name', 'address', 'date_of_birth', 'bsn', 'medical_test_result', 'gp_name'],
    },
    { certainty: 'possibly', categories: ['name', 'address', 'bsn'] },
    { certainty: 'not_affected', categories: [] },
  ];
  const records: CodeRecord[] = [];
  for (let i = 0; i < codeCount; i++) {
    const code = codes[i] ?? generateCode(randomBytes);
    codes[i] = code;
    const group = groups[i % groups.length] ?? groups[0];
    records.push({
      codeHash: hashCode(code, secret),
      variantId: `v-${group?.certainty}`,
      group: group?.certainty ?? 'confirmed',
      lang: 'nl',
      certainty: group?.certainty ?? 'confirmed',
      categories: group?.categories ?? [],
      deliveryStatus: 'rendered',
    });
  }
  for (const [round, sentOn] of [
    [1, '2025-08-20'],
    [2, '2025-09-10'],
  ] as const) {
    await commitShard(
      storage.db,
      { id: `bench-${round}`, breach_id: breach.id, round, format: 'pdf' },
      { index: 0, generated: records.length, rejected: 0, fileName: null, fileSha256: null, codes: records },
      {
        now: new Date().toISOString(),
        sentOn,
        worker: 'bench',
        ...(round === 2
          ? { whatChanged: { nl: 'Ook uw BSN zat erin.', en: 'Your BSN was included too.' } }
          : {}),
      },
    );
  }
  await storage.close();
  return records;
}
const codes: string[] = [];
const records = await seed(`sqlite:${dbPath}`, codes);
// The same codes in a fresh PostgreSQL database, dropped at the end.
const pgName = `dlw_bench_guide_${process.pid}`;
const pgAdmin = new pg.Client({ connectionString: values.postgres });
await pgAdmin.connect();
await pgAdmin.query(`DROP DATABASE IF EXISTS ${pgName}`);
await pgAdmin.query(`CREATE DATABASE ${pgName}`);
const pgUrlObject = new URL(values.postgres);
pgUrlObject.pathname = `/${pgName}`;
const pgUrl = pgUrlObject.toString();
await seed(pgUrl, codes);
const now = new Date();
const cookieFile = join(work, 'cookies.json');
const codeFile = join(work, 'codes.json');
writeFileSync(cookieFile, JSON.stringify(records.map((r) => codeCookieValue(secret, r.codeHash, now))));
writeFileSync(codeFile, JSON.stringify(codes));
console.log(`seeded ${codeCount} codes for one breach (${dbPath} and PostgreSQL ${pgName})`);

// ---- Runs ----
function pinned(core: number, command: string, args: string[]): [string, string[]] {
  return pin ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

async function startServer(
  mode: 'app' | 'bare',
  databaseUrl?: string,
): Promise<{ child: ChildProcess; port: number }> {
  const [command, args] = pinned(0, process.execPath, [
    '--import',
    'tsx',
    join(here, 'support/guide-server.ts'),
    '--mode',
    mode,
    '--db',
    dbPath,
    '--secret',
    secret,
    ...(databaseUrl ? ['--database-url', databaseUrl] : []),
  ]);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = /ready (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`the ${mode} server stopped (${code})`)));
  });
  return { child, port };
}

interface LoadResult {
  requests: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  bytes: number;
}

function load(url: string, kind: 'page' | 'check', duration: number, clients = connections): LoadResult {
  const [command, args] = pinned(1, process.execPath, [
    join(here, 'support/guide-load.mjs'),
    url,
    kind,
    kind === 'page' ? cookieFile : codeFile,
    String(duration),
    String(clients),
  ]);
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`load generator failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as LoadResult;
}

const results: Record<string, LoadResult> = {};
const loadBefore = loadavg()[0] ?? 0;
// Both servers run at once (the idle one costs nothing) and the runs alternate app, bare, app,
// bare, so a burst of other work on this shared machine hits both alike. Each configuration
// keeps its best of `--repeat` runs.
const servers = { app: await startServer('app'), bare: await startServer('bare') };
const runs: [mode: 'app' | 'bare', kind: 'page' | 'check', path: string][] = [
  ['app', 'page', '/mijn-plan'],
  ['bare', 'page', '/mijn-plan'],
  ['app', 'check', '/echt'],
  ['bare', 'check', '/echt'],
];
for (const [mode, kind, path] of runs) load(`http://127.0.0.1:${servers[mode].port}${path}`, kind, 2); // warm-up
for (let round = 1; round <= repeat; round++) {
  for (const [mode, kind, path] of runs) {
    const result = load(`http://127.0.0.1:${servers[mode].port}${path}`, kind, seconds);
    const key = `${mode}-${kind}`;
    const best = results[key];
    if (!best || result.requests > best.requests) results[key] = result;
    console.log(
      `${round}/${repeat} ${mode.padEnd(4)} ${kind.padEnd(5)} ${result.requests.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  non-2xx ${result.non2xx}  errors ${result.errors}`,
    );
  }
}
servers.bare.child.kill();

// PostgreSQL against SQLite: the same app, codes and load, alternating.
const pgConnections = Number(values['pg-connections']);
const onPg = await startServer('app', pgUrl);
const engines = { sqlite: servers.app, postgres: onPg };
const engineRuns: [engine: 'sqlite' | 'postgres', kind: 'page' | 'check', path: string][] = [
  ['sqlite', 'page', '/mijn-plan'],
  ['postgres', 'page', '/mijn-plan'],
  ['sqlite', 'check', '/echt'],
  ['postgres', 'check', '/echt'],
];
for (const [engine, kind, path] of engineRuns)
  load(`http://127.0.0.1:${engines[engine].port}${path}`, kind, 2, pgConnections); // warm-up
for (let round = 1; round <= repeat; round++) {
  for (const [engine, kind, path] of engineRuns) {
    const result = load(`http://127.0.0.1:${engines[engine].port}${path}`, kind, seconds, pgConnections);
    const key = `${engine}-${kind}`;
    const best = results[key];
    if (!best || result.requests > best.requests) results[key] = result;
    console.log(
      `${round}/${repeat} ${engine.padEnd(8)} ${kind.padEnd(5)} ${result.requests.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  non-2xx ${result.non2xx}  errors ${result.errors}`,
    );
  }
}
servers.app.child.kill();
onPg.child.kill();
await new Promise((resolve) => setTimeout(resolve, 500));
const pgVersion = String(
  ((await pgAdmin.query('SHOW server_version')).rows[0] as { server_version?: string } | undefined)
    ?.server_version ?? '?',
);
await pgAdmin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
await pgAdmin.end();
const loadAfter = loadavg()[0] ?? 0;

rmSync(work, { recursive: true, force: true });

// ---- Report ----
const get = (key: string): LoadResult => {
  const found = results[key];
  if (!found) throw new Error(`no result for ${key}`);
  return found;
};
const appPage = get('app-page');
const barePage = get('bare-page');
const appCheck = get('app-check');
const bareCheck = get('bare-check');
const share = (a: LoadResult, b: LoadResult) => `${((a.requests / b.requests) * 100).toFixed(0)}%`;
const pass = (ok: boolean) => (ok ? 'met' : '**missed**');
const pageOk = appPage.requests >= 5000 && appPage.p99 < 20;
const shareOk = appPage.requests >= 0.25 * barePage.requests;
const sqlitePage = get('sqlite-page');
const pgPage = get('postgres-page');
const sqliteCheck = get('sqlite-check');
const pgCheck = get('postgres-check');
const pgOk = pgPage.requests >= 0.5 * sqlitePage.requests && pgPage.p99 < 20;
if ([appPage, appCheck, pgPage, pgCheck].some((r) => r.non2xx + r.errors > 0)) {
  console.error('the app answered with errors during the run');
  process.exitCode = 1;
}

if (!values['no-docs']) {
  const flags = process.argv.slice(2);
  const command = `node bench/run.mjs guide${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
  const docs = new URL('../docs/benchmarks.md', import.meta.url);
  const start = '<!-- bench:guide:start -->';
  const end = '<!-- bench:guide:end -->';
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requests.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.bytes / Math.max(r.requests, 1) / 1024).toFixed(1)} KB |`;
  const section = `${start}
## Victims' guide (\`bench/guide.ts\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu}, Node ${process.version}, SQLite file
database with ${codeCount} codes of one breach (three certainty groups, two message rounds each).
${pin ? 'Server pinned to core 0 (`taskset -c 0`), autocannon to core 1 (`taskset -c 1`)' : 'taskset not available: server and load generator were **not** pinned'};
${connections} connections, ${seconds} s per run after a 2 s warm-up, best of ${repeat} alternating runs (app, bare, app, bare …);\nevery request looks up a different code.
1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the runs, on ${cpus().length} cores (the runs themselves keep both
cores busy). Under other load the absolute rates fall; the app/bare ratio is the fairer figure, since both servers meet
the same load.
Command: \`${command}\`.

| run | requests/s | p50 ms | p99 ms | response |
| --- | ---: | ---: | ---: | ---: |
${row('personal page, app (cookie → look-up → full page)', appPage)}
${row('personal page, bare node:http (same queries, minimal page)', barePage)}
${row('genuineness check, app (POST code → hash → look-up → page)', appCheck)}
${row('genuineness check, bare node:http (same work, minimal page)', bareCheck)}

- Personal page: ${appPage.requests.toFixed(0)} req/s with p99 ${appPage.p99} ms — target ≥ 5,000 req/s with p99 < 20 ms: ${pass(pageOk)}.
- Personal page as a share of the bare server: **${share(appPage, barePage)}** — target ≥ 25%: ${pass(shareOk)}.
- Genuineness check as a share of the bare server: ${share(appCheck, bareCheck)}.
- Context, not a measurement: the issue measured a bare \`node:http\` look-up at about 22,000 req/s on a quiet machine;
  the bare server reached ${barePage.requests.toFixed(0)} req/s here, so this run saw roughly
  ${((barePage.requests / 22000) * 100).toFixed(0)}% of a quiet core. At the ratio measured here the app would serve about
  ${((appPage.requests / barePage.requests) * 22000).toFixed(0)} req/s on such a core — an extrapolation, not a result.
- Per request the app verifies the cookie and reads only the code's own two rows (prepared statements); the breach
  context (5 s), the plan (pure, per breach version, certainty, data and language) and the rendered page (the same for
  everyone whose letters said the same) are cached in the process, the page as UTF-8 bytes.

### The same app on PostgreSQL

PostgreSQL ${pgVersion} on this machine (loopback TCP), a fresh database with the same ${codeCount} codes; the app on SQLite
and on PostgreSQL alternate, ${pgConnections} connections, best of ${repeat}. The look-ups are named prepared statements, parsed
and planned once per pooled connection. PostgreSQL's backends are not pinned: they share the two cores with the server and
the load generator, so the PostgreSQL rate pays for the database's own CPU as well; with the database on its own machine
the app's core does less.

| run | requests/s | p50 ms | p99 ms | response |
| --- | ---: | ---: | ---: | ---: |
${row('personal page, app on SQLite', sqlitePage)}
${row('personal page, app on PostgreSQL', pgPage)}
${row('genuineness check, app on SQLite', sqliteCheck)}
${row('genuineness check, app on PostgreSQL', pgCheck)}

- Personal page on PostgreSQL as a share of SQLite: **${share(pgPage, sqlitePage)}**, p99 ${pgPage.p99} ms — target ≥ 50% with p99 < 20 ms at ${pgConnections} connections: ${pass(pgOk)}.
- Genuineness check on PostgreSQL as a share of SQLite: ${share(pgCheck, sqliteCheck)}.
${end}`;
  const current = existsSync(docs)
    ? readFileSync(docs, 'utf8')
    : '# Benchmarks\n\nEach section is written by its benchmark in `bench/`; run `npm run bench`.\n';
  const next = current.includes(start)
    ? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, next);
  console.log("wrote the victims' guide section of docs/benchmarks.md");
}
