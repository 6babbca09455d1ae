// Reading recipients files: a CSV and an .xlsx of `--n` rows (default 1,000,000), each next to
// the bare parser in the same run, with rows/s and peak memory (the peak RSS of a child process per
// measurement, so one run's memory does not hide another's). Writes its section of
// docs/benchmarks.md. Command: `node bench/run.mjs recipients -- --n 1000000`.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import {
  convertXlsxToCsv,
  DuplicateIndex,
  parseCsvFields,
  readRecipientFileHead,
  readRecipients,
  splitCsvRecords,
  suggestMapping,
} from '../src/importers/recipients-csv/index.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000000' },
    measure: { type: 'string' },
    file: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});

const header = [
  'Voorletters',
  'Tussenvoegsel',
  'Achternaam',
  'Straat',
  'Huisnummer',
  'Toevoeging',
  'Postcode',
  'Woonplaats',
  'Groep',
  'Gegevens',
];
const prefixes = ['', 'de', 'van', 'van der', ''];
function row(i: number): (string | number)[] {
  return [
    `${String.fromCharCode(65 + (i % 26))}.`,
    prefixes[i % 5] ?? '',
    `Müller${i}`,
    `Lindenlaan${i % 5000}`,
    (i % 300) + 1,
    i % 7 === 0 ? 'a' : '',
    `${1000 + (i % 8999)} AB`,
    'Zoetermeer',
    'bevestigd',
    'naam|adres|geboortedatum',
  ];
}

const context = {
  groups: ['bevestigd'],
  requirement: 'postal' as const,
  resolveKind: (t: string) => (['naam', 'adres', 'geboortedatum'].includes(t) ? t : undefined),
};

/** One measurement in this process: returns rows read. */
async function measure(kind: string, file: string): Promise<number> {
  if (kind === 'bare-csv') {
    let rows = 0;
    const { createReadStream } = await import('node:fs');
    for await (const record of splitCsvRecords(createReadStream(file, { highWaterMark: 256 * 1024 }), {
      delimiter: 0x3b,
    })) {
      parseCsvFields(record.bytes.toString('utf8'), ';');
      rows++;
    }
    return rows - 1;
  }
  if (kind === 'bare-xlsx') {
    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'ignore',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    for await (const sheet of reader)
      for await (const r of sheet as unknown as AsyncIterable<ExcelJS.Row>) if (r.values) rows++;
    return rows - 1;
  }
  let csv = file;
  if (kind === 'xlsx') {
    csv = `${file}.csv`;
    await convertXlsxToCsv(file, csv);
  }
  const head = await readRecipientFileHead(csv);
  let rows = 0;
  const mapping = suggestMapping(head.headers);
  for await (const entry of readRecipients({
    path: csv,
    head,
    mapping,
    context,
    findDuplicates: new DuplicateIndex(),
  })) {
    if (entry.type === 'accepted' || entry.type === 'rejected') rows++;
  }
  return rows;
}

/**
 * This process's own peak resident memory. Not `resourceUsage().maxRSS`: on Linux a child keeps
 * the peak of the parent it was forked from across exec, so every run would report at least the
 * parent's memory (here the writer that made the test files). VmHWM belongs to the new program.
 */
function peakRssKb(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return hwm ? Number(hwm) : process.resourceUsage().maxRSS;
}

if (values.measure) {
  const started = process.hrtime.bigint();
  const rows = await measure(values.measure, values.file ?? '');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ rows, seconds, maxRssKb: peakRssKb() }));
  process.exit(0);
}

const n = Number(values.n);
const work = mkdtempSync(join(tmpdir(), 'dlw-bench-recipients-'));
const csvPath = join(work, 'ontvangers.csv');
const xlsxPath = join(work, 'ontvangers.xlsx');
const out = createWriteStream(csvPath);
out.write(`${header.join(';')}\r\n`);
for (let i = 1; i <= n; i++) if (!out.write(`${row(i).join(';')}\r\n`)) await once(out, 'drain');
out.end();
await once(out, 'close');
const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true });
const sheet = writer.addWorksheet('Ontvangers');
sheet.addRow(header).commit();
for (let i = 1; i <= n; i++) sheet.addRow(row(i)).commit();
sheet.commit();
await writer.commit();
console.log(`wrote ${n} rows as CSV and .xlsx in ${work}`);

const loadBefore = loadavg()[0] ?? 0;
const runs: { label: string; kind: string; file: string; rows: number; seconds: number; rssMb: number }[] =
  [];
for (const [label, kind, file] of [
  ['bare CSV splitter + field parser (no decoding, mapping or checks)', 'bare-csv', csvPath],
  ['recipients CSV reader (encoding pass, decode, mapping, checks, duplicates)', 'csv', csvPath],
  ['bare ExcelJS WorkbookReader (rows only)', 'bare-xlsx', xlsxPath],
  ['recipients .xlsx reader (sheet → CSV, then the CSV reader)', 'xlsx', xlsxPath],
] as const) {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, '--measure', kind, '--file', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exit(1);
  }
  const m = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as {
    rows: number;
    seconds: number;
    maxRssKb: number;
  };
  runs.push({ label, kind, file, rows: m.rows, seconds: m.seconds, rssMb: m.maxRssKb / 1024 });
  console.log(label, m);
}
const loadAfter = loadavg()[0] ?? 0;
rmSync(work, { recursive: true, force: true });

if (!values['no-docs']) {
  const docs = new URL('../docs/benchmarks.md', import.meta.url);
  const start = '<!-- bench:recipients:start -->';
  const end = '<!-- bench:recipients:end -->';
  const table = runs
    .map(
      (r) =>
        `| ${r.label} | ${r.rows} | ${r.seconds.toFixed(1)} | ${Math.round(r.rows / r.seconds)} | ${r.rssMb.toFixed(0)} MB |`,
    )
    .join('\n');
  const section = `${start}
## Reading recipients files (\`bench/recipients.ts\`)

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.
${n} rows of a Dutch export (split name and house number, \`;\`, CRLF, a distinct surname per row), as CSV and as .xlsx
with shared strings (as Excel writes them). Each run in its own process; peak memory is that process's own peak RSS (VmHWM; a forked child's
\`maxRSS\` would include the parent's). 1-minute load average ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after, on ${cpus().length} cores. Command: \`node bench/run.mjs recipients -- --n ${n}\`.

| run | rows | seconds | rows/s | peak RSS |
| --- | ---: | ---: | ---: | ---: |
${table}

- The CSV reader's memory does not grow with rows, except the duplicate index (one digest per distinct person while the
  job is planned).
- The .xlsx reader streams rows and keeps the workbook's shared-strings table (here about two distinct texts per row) in
  an on-disk table read by position, so its memory does not grow with distinct names; the bare ExcelJS run keeps that
  table in memory (\`sharedStrings: 'cache'\`), which is what the reader would cost without it. The heap check is
  \`test/importers/recipients-csv/xlsx-memory.test.ts\`.
- Max RSS includes garbage V8 has not collected yet (even the bare splitter, which holds one chunk, shows it), so it is an
  upper bound; the check that the CSV reader's heap does not grow with rows is the 300,000-row test in
  \`test/importers/recipients-csv/read-recipients.test.ts\`.
${end}`;
  const current = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  const next = current.includes(start)
    ? current.slice(0, current.indexOf(start)) + section + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(docs, next);
  console.log('wrote the recipients section of docs/benchmarks.md');
}
