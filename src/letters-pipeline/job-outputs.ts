import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import { csvLine, inputNote, reportHeader } from '../importers/recipients-csv/index.ts';
import { deliveryCounts, type LetterJobRow } from '../storage/repositories/letter-jobs.ts';
import type { Database } from '../storage/schema.ts';
import type { LetterJobShardsTable } from '../storage/tables/letter-jobs.ts';
import type { JobSettings } from './letter-settings.ts';
import { outputPaths, temporaryName, writeAtomically } from './output-paths.ts';
import { manifestHeader } from './render-shard.ts';

/**
 * Writes `manifest.csv`, `validation-report.csv` and `summary.json` from the shard parts and the
 * database. Also run by `letters resend` after it changed delivery statuses in the parts.
 */
export async function writeJobOutputs(
  db: Kysely<Database>,
  job: LetterJobRow,
  shards: readonly LetterJobShardsTable[],
): Promise<void> {
  const paths = outputPaths(job.out_dir);
  await mkdir(paths.parts, { recursive: true });
  const ids = shards.map((s) => String(s.shard_index + 1).padStart(5, '0'));
  await joinParts(
    paths.manifest,
    csvLine(manifestHeader),
    ids.map((id) => join(paths.parts, `manifest-${id}.csv`)),
  );
  // The report starts with how the file was read (row 0, field `file`): a garbled name in a
  // rejection is then explained by the encoding right above it.
  const note = inputNote(inputOf(JSON.parse(job.settings_json) as JobSettings));
  await joinParts(
    paths.report,
    csvLine(reportHeader) + csvLine([basename(job.recipients_path), 0, 0, 'file', '', note.nl, note.en]),
    ids.map((id) => join(paths.parts, `rejected-${id}.csv`)),
  );
  const generated = shards.reduce((n, s) => n + s.generated, 0);
  const rejected = shards.reduce((n, s) => n + s.rejected, 0);
  const summary = {
    breachId: job.breach_id,
    round: job.round,
    format: job.format,
    received: job.rows_total,
    generated,
    rejected,
    shards: shards.length,
    // How the recipients file was read: its encoding and why, or the sheet of a workbook.
    input: inputOf(JSON.parse(job.settings_json) as JobSettings),
    files: shards.filter((s) => s.file_name).map((s) => ({ file: s.file_name, sha256: s.file_sha256 })),
    // SMTP: how many messages the server took, refused for good, or refused for now.
    ...(job.format === 'smtp' ? { delivery: await smtpDelivery(db, job.id) } : {}),
  };
  await writeAtomically(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
}

function inputOf(settings: JobSettings) {
  return { encoding: settings.encoding ?? 'utf-8', ...(settings.source ?? {}) };
}

async function smtpDelivery(db: Kysely<Database>, jobId: string) {
  const counts = await deliveryCounts(db, jobId);
  return { sent: counts.sent ?? 0, failed: counts.failed ?? 0, retrying: counts.retrying ?? 0 };
}

async function joinParts(target: string, header: string, parts: string[]): Promise<void> {
  const tmp = temporaryName(target);
  try {
    const out = createWriteStream(tmp);
    const write = async (chunk: string | Buffer) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    try {
      await write(header);
      for (const part of parts) {
        await stat(part); // a missing part is an error, never a silent gap
        for await (const chunk of createReadStream(part)) await write(chunk as Buffer);
      }
      out.end();
      await finished(out);
    } catch (error) {
      out.destroy();
      throw error;
    }
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}
