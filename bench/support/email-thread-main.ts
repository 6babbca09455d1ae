// Bare nodemailer: builds the same letters as the pipeline and composes each message with
// nodemailer's MailComposer from the same options (`letterMailOptions`: parts, headers,
// Message-ID, boundaries), so the bytes are the pipeline's own (bench/email.ts compares one
// file of each), then writes it as an `.eml` file or hands it to a pooled nodemailer SMTP
// transport. Files are written
// synchronously, the cheapest way on a thread of its own (as the pipeline's render threads do),
// a folder per shard. No CSV, validation, database, manifest, checksums, throttle or retry: the
// counterpart the pipeline is measured against.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Knowledge } from '../../src/core/knowledge/index.ts';
import { letterMailOptions } from '../../src/email/compose-letter-email.ts';
import { smtpConnections } from '../../src/email/smtp-sender.ts';
import { createLetterFactory } from '../../src/letters-pipeline/letter-factory.ts';
import { benchSettings, syntheticRecipient } from './synthetic-letters.ts';

const job = workerData as {
  rows: [number, number][];
  mode: 'eml' | 'smtp';
  breachId: string;
  outDir: string;
  smtpUrl?: string;
  codeSecret: string;
  date: string;
  from: string;
  knowledge: Knowledge;
};
const makeLetter = createLetterFactory(
  { breachId: job.breachId, round: 1, settings: benchSettings(job.date) },
  { codeSecret: job.codeSecret, knowledge: job.knowledge },
);
const transport =
  job.mode === 'smtp'
    ? nodemailer.createTransport({ url: job.smtpUrl, pool: true, maxConnections: smtpConnections })
    : undefined;
const date = new Date(`${job.date}T00:00:00Z`);
const sender = { from: job.from };
let messages = 0;
let lastReport = 0;

for (const [first, last] of job.rows) {
  const pending: Promise<unknown>[] = [];
  // A folder per shard, as the pipeline writes them (no million-entry folder on either side).
  const folder = join(job.outDir, String(first).padStart(9, '0'));
  if (!transport) mkdirSync(folder);
  for (let row = first; row <= last; row++) {
    const recipient = syntheticRecipient(row);
    const { letter } = makeLetter(recipient);
    // The pipeline's own options for this letter, straight to nodemailer's composer.
    const raw = await new MailComposer(letterMailOptions(letter, recipient.email ?? '', sender, date))
      .compile()
      .build();
    if (transport) {
      pending.push(
        transport.sendMail({ envelope: { from: 'datalek@bvo.example', to: recipient.email ?? '' }, raw }),
      );
      // One message per pooled connection in flight, as the pipeline's shard keeps, then wait.
      if (pending.length >= smtpConnections) await Promise.all(pending.splice(0));
    } else {
      writeFileSync(join(folder, `${String(row).padStart(9, '0')}.eml`), raw);
    }
    messages++;
  }
  await Promise.all(pending);
  if (messages - lastReport >= 1000) {
    parentPort?.postMessage({ progress: messages - lastReport });
    lastReport = messages;
  }
}
transport?.close();
parentPort?.postMessage({ progress: messages - lastReport, messages });
