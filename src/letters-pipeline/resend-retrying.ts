import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatCode, hashCode, validateCode } from '../core/codes/index.ts';
import { composeLetterEmail, createSmtpSender } from '../email/index.ts';
import { AppError } from '../errors/catalogue.ts';
import { kindResolver, parseCsvFields, readRecipients } from '../importers/recipients-csv/index.ts';
import {
  claimJob,
  type ClaimHeldElsewhere,
  type HeldClaim,
} from '../storage/repositories/letter-job-claims.ts';
import {
  deliveryStatuses,
  getJob,
  listShards,
  setDeliveryStatus,
  type LetterJobRow,
} from '../storage/repositories/letter-jobs.ts';
import { createLetterFactory } from './letter-factory.ts';
import { writeJobOutputs } from './job-outputs.ts';
import type { LetterJobDeps } from './prepare-job.ts';
import type { JobSettings } from './letter-settings.ts';
import { outputPaths, writeAtomically } from './output-paths.ts';
import { headFromSettings, manifestHeader } from './render-shard.ts';

export interface ResendRetryingOptions {
  jobId: string;
  /** The organisation's recipients file the job was made from; addresses are never stored. */
  recipientsPath: string;
  smtpUrl: string;
  /** After each message, with the running totals. */
  onProgress?: (totals: ResendTotals) => void;
  /** Lease of the job's `resend` claim (default `defaultClaimLeaseMs`); shorter in tests. */
  claimLeaseMs?: number;
}

/** What one resend pass did. `tried = sent + failed + retrying`. */
export interface ResendTotals {
  /** Messages that were `retrying` when the pass reached them, and were sent again now. */
  tried: number;
  sent: number;
  /** Refused for good (5xx) this time. */
  failed: number;
  /** Still refused for now: run the pass again later. */
  retrying: number;
}

const rowColumn = manifestHeader.indexOf('row');
const codeColumn = manifestHeader.indexOf('code');
const deliveryColumn = manifestHeader.indexOf('delivery');

/**
 * Sends again, through SMTP, exactly the messages of a finished job whose status is `retrying`
 * (the mail server refused them for now in every attempt). Each is rebuilt from its row in the
 * same recipients file: same letter, same personal code (codes are derived, or reused from
 * the file in later rounds; never a new one), same Message-ID and bytes. Statuses are updated
 * per message in the database, then in the manifest parts, `manifest.csv` and `summary.json`.
 * Running it again sends nothing that was sent: it reads the status of each message first.
 * One pass per job at a time: a pass holds the job's `resend` claim while it sends, and a
 * second pass is refused (`conflict`) until the first releases it, or until the claim of a pass
 * that died has gone stale.
 */
export async function resendRetrying(
  deps: LetterJobDeps,
  options: ResendRetryingOptions,
): Promise<ResendTotals> {
  const job = await getJob(deps.db, options.jobId);
  if (!job) throw new AppError('not_found', { detail: `No letter job ${options.jobId}.` });
  if (job.format !== 'smtp') {
    throw new AppError('conflict', {
      detail: `Job ${job.id} made ${job.format} files, not e-mail sent by SMTP: there is nothing to send again.`,
    });
  }
  if (job.status !== 'done') {
    throw new AppError('conflict', {
      detail: `Job ${job.id} is not finished: run the same \`letters generate\` command again first, then resend.`,
    });
  }
  const recipientsPath = resolve(options.recipientsPath);
  if ((await sha256File(recipientsPath)) !== job.recipients_sha256) {
    throw new AppError('conflict', {
      detail:
        `${recipientsPath} is not the recipients file job ${job.id} was made from (its SHA-256 differs). ` +
        'Give that file, unchanged.',
    });
  }
  const settings = JSON.parse(job.settings_json) as JobSettings;
  const email = settings.setup.email;
  if (!email) throw new AppError('conflict', { detail: `Job ${job.id} has no e-mail sender in its setup.` });
  const sender = createSmtpSender({
    url: options.smtpUrl,
    messagesPerSecond: email.messagesPerSecond,
    ...(email.maxAttempts ? { maxAttempts: email.maxAttempts } : {}),
  });
  const makeLetter = createLetterFactory(
    { breachId: job.breach_id, round: job.round, settings },
    { codeSecret: deps.codeSecret, knowledge: deps.knowledge },
  );
  const from = {
    from: email.from,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    ...(email.bounceAddress ? { bounceAddress: email.bounceAddress } : {}),
  };
  // The date the job gave its messages: the same bytes and Message-ID as the first attempt.
  const date = new Date(`${settings.date}T00:00:00Z`);
  const totals: ResendTotals = { tried: 0, sent: 0, failed: 0, retrying: 0 };
  const shards = await listShards(deps.db, job.id);
  const resolveKind = kindResolver(deps.knowledge);
  const claimed = await claimJob(deps.db, job.id, 'resend', {
    now: deps.now,
    ...(options.claimLeaseMs ? { leaseMs: options.claimLeaseMs } : {}),
  });
  if (!claimed.ok) {
    sender.close();
    throw new AppError('conflict', { detail: resendBusyMessage(job.id, claimed.heldBy) });
  }
  const { claim } = claimed;
  let changed = false;
  try {
    for (const shard of shards) {
      const part = join(
        outputPaths(job.out_dir).parts,
        `manifest-${String(shard.shard_index + 1).padStart(5, '0')}.csv`,
      );
      const lines = await readPart(part, job);
      const waiting = new Map<number, string>(); // row → code as printed
      for (const line of lines) {
        const cells = parseCsvFields(line, ',');
        if (cells[deliveryColumn] === 'retrying')
          waiting.set(Number(cells[rowColumn]), cells[codeColumn] ?? '');
      }
      if (!waiting.size) continue;
      const statuses = new Map<number, string>();
      for await (const entry of readRecipients({
        path: recipientsPath,
        head: headFromSettings(settings, Number(shard.byte_start), shard.first_line),
        mapping: settings.mapping,
        context: {
          groups: settings.setup.variants.map((v) => v.group),
          requirement: 'email',
          resolveKind,
          checkCode: (raw) => {
            const result = validateCode(raw);
            return result.ok ? result.code : undefined;
          },
        },
        range: {
          start: Number(shard.byte_start),
          end: Number(shard.byte_end),
          firstRow: shard.first_row,
          firstLine: shard.first_line,
        },
      })) {
        if (entry.type !== 'accepted') continue;
        const recipient = entry.recipient;
        const printed = waiting.get(recipient.row);
        if (printed === undefined || !recipient.email) continue;
        const built = makeLetter(recipient);
        if (formatCode(built.code) !== printed) {
          throw new AppError('conflict', {
            detail: `Row ${recipient.row}: the manifest in ${job.out_dir} holds another code than this job gives the row. Is it the output folder of job ${job.id}?`,
          });
        }
        const codeHash = hashCode(built.code, deps.codeSecret);
        let status = (await deliveryStatuses(deps.db, job.id, [codeHash])).get(codeHash);
        if (status === 'retrying') {
          checkStillHeld(claim, job.id);
          const message = await composeLetterEmail(built.letter, recipient.email, from, date);
          const delivered = await sender.send(message);
          status = delivered.status;
          // Recorded at once: a pass that stops halfway never sends this message again.
          await setDeliveryStatus(deps.db, job, codeHash, status, deps.now().toISOString());
          totals.tried++;
          totals[delivered.status]++;
          options.onProgress?.({ ...totals });
        }
        if (status) statuses.set(recipient.row, status);
      }
      const missing = [...waiting.keys()].filter((row) => !statuses.has(row));
      if (missing.length) {
        throw new AppError('conflict', {
          detail: `Rows ${missing.join(', ')} are in the manifest but not valid e-mail rows of ${recipientsPath}.`,
        });
      }
      await writePart(part, lines, statuses);
      changed = true;
    }
    if (changed) await writeJobOutputs(deps.db, job, shards);
  } finally {
    sender.close();
    await claim.release();
  }
  return totals;
}

/** Another pass holds the claim: say who, since when, and when it may be taken over. */
function resendBusyMessage(jobId: string, heldBy: ClaimHeldElsewhere): string {
  return [
    `Another \`letters resend\` of job ${jobId} is running (${heldBy.holder}, since ${heldBy.claimedAt}): ` +
      'two at once could send the same e-mail twice, so this one sends nothing.',
    `Wait until it is done, then run this command again. If that resend stopped without finishing, run it again after ${heldBy.staleAt}.`,
    `NL: Er loopt al een andere \`letters resend\` voor opdracht ${jobId} (${heldBy.holder}, sinds ${heldBy.claimedAt}). ` +
      'Twee tegelijk kunnen dezelfde e-mail twee keer versturen. Daarom verstuurt dit commando niets.',
    `NL: Wacht tot die klaar is en geef dit commando dan opnieuw. Is die gestopt zonder klaar te zijn? Geef het commando dan opnieuw na ${heldBy.staleAt}.`,
  ].join('\n');
}

/** Stops before sending when the claim was lost (this pass could not renew it in time). */
function checkStillHeld(claim: HeldClaim, jobId: string): void {
  if (claim.held()) return;
  throw new AppError('conflict', {
    detail:
      `This \`letters resend\` of job ${jobId} lost its claim (the database could not be reached for too long) and stopped; ` +
      'another resend may have taken over. Messages sent so far are recorded.\n' +
      `NL: Deze \`letters resend\` voor opdracht ${jobId} is gestopt, omdat de database te lang niet bereikbaar was. ` +
      'Wat al verstuurd is, is vastgelegd. Geef het commando later opnieuw.',
  });
}

async function readPart(path: string, job: LetterJobRow): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
  } catch {
    throw new AppError('not_found', {
      detail: `${path} is missing: resend needs the output folder of job ${job.id} as \`letters generate\` left it.`,
    });
  }
}

/** Rewrites the delivery column (the last) of a manifest part, through a temporary file. */
async function writePart(
  path: string,
  lines: readonly string[],
  statuses: Map<number, string>,
): Promise<void> {
  let text = '';
  for (const line of lines) {
    const status = statuses.get(Number(parseCsvFields(line, ',')[rowColumn]));
    text += `${status ? `${line.slice(0, line.lastIndexOf(',') + 1)}${status}` : line}\n`;
  }
  await writeAtomically(path, text);
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    throw new AppError('not_found', { detail: `Cannot read ${path}: ${(error as Error).message}` });
  }
  return hash.digest('hex');
}
