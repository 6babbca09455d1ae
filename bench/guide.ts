// Benchmark of the victims' guide: the personal page (cookie → code look-up → full HTML page)
// and the genuineness check (typed code → check character → keyed hash → look-up → page), under
// many concurrent clients (autocannon), next to a bare node:http server that answers the same
// look-ups with the same SQLite queries, in the same run. The server runs pinned to core 0
// (`taskset -c 0`), the load generator to core 1. Writes its section of docs/benchmarks.md.
//
//   node bench/run.mjs guide        (defaults: --codes 20000 --seconds 10 --connections 100 --repeat 3)
//   options: --codes N  --seconds S  --connections C  --repeat R  --no-docs
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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
const storage = await openStorage({ url: `sqlite:${dbPath}` });
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
const codes: string[] = [];
const records = [];
for (let i = 0; i < codeCount; i++) {
  const code = generateCode(randomBytes);
  const group = groups[i % groups.length] ?? groups[0];
  codes.push(code);
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
const now = new Date();
const cookieFile = join(work, 'cookies.json');
const codeFile = join(work, 'codes.json');
writeFileSync(cookieFile, JSON.stringify(records.map((r) => codeCookieValue(secret, r.codeHash, now))));
writeFileSync(codeFile, JSON.stringify(codes));
console.log(`seeded ${codeCount} codes for one breach (${dbPath})`);

// ---- Runs ----
function pinned(core: number, command: string, args: string[]): [string, string[]] {
  return pin ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

async function startServer(mode: 'app' | 'bare'): Promise<{ child: ChildProcess; port: number }> {
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

function load(url: string, kind: 'page' | 'check', duration: number): LoadResult {
  const [command, args] = pinned(1, process.execPath, [
    join(here, 'support/guide-load.mjs'),
    url,
    kind,
    kind === 'page' ? cookieFile : codeFile,
    String(duration),
    String(connections),
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
servers.app.child.kill();
servers.bare.child.kill();
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
if (appPage.non2xx + appCheck.non2xx + appPage.errors + appCheck.errors > 0) {
  console.error('the app answered with errors during the run');
  process.exitCode = 1;
}

if (!values['no-docs']) {
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
The machine was shared with other work while it ran (1-minute load average ${loadBefore.toFixed(1)} before and
${loadAfter.toFixed(1)} after the runs, on ${cpus().length} cores), so treat the absolute rates as a lower bound; the app/bare ratio is the
fairer figure, since both servers met the same load.
Command: \`node bench/run.mjs guide\`.

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
  ${((appPage.requests / barePage.requests) * 22000).toFixed(0)} req/s on such a core — an extrapolation, not a result; the p99
  figures above include queueing behind other processes.
- Per request the app verifies the cookie and reads only the code's own two rows (prepared statements); the breach
  context (5 s), the plan (pure, per breach version, certainty, data and language) and the rendered page (the same for
  everyone whose letters said the same) are cached in the process, the page as UTF-8 bytes.
- Not measured here: PostgreSQL (the look-ups then go through Kysely without statement caching).
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
