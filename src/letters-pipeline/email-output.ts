import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { letterChecksum, type Letter } from '../core/letters/index.ts';
import {
  composeLetterEmail,
  createSmtpSender,
  smtpConnections,
  writeEml,
  type SmtpSender,
} from '../email/index.ts';
import type { PlacedOutput, ShardOutput, ShardOutputOptions } from './shard-output.ts';

/**
 * E-mail output of a shard. `eml`: one `.eml` file per letter in a folder of the shard's own
 * (`00001/000000001.eml`), which goes into place with one rename when the shard completes, so
 * a million letters never make a million-entry folder; each file's checksum is taken from the
 * bytes in memory. `smtp`: each message goes to the SMTP server at once and its delivery status
 * goes to the manifest and the code's history. A shard that is rendered again after a crash sends
 * its messages again with the same Message-ID, so receiving servers can drop the duplicates; keep
 * shards small for SMTP to keep that window small.
 */
export async function createEmailShardOutput(
  options: ShardOutputOptions & { id: string },
): Promise<ShardOutput> {
  const setup = options.email;
  if (!setup) throw new Error('E-mail letters need an `email` section (from address) in the letter setup.');
  let sender: SmtpSender | undefined;
  if (options.format === 'smtp') {
    if (!options.smtpUrl) throw new Error('SMTP delivery needs an SMTP URL (--smtp or SMTP_URL).');
    sender = createSmtpSender({
      url: options.smtpUrl,
      messagesPerSecond: setup.messagesPerSecond,
      // Without a value the sender keeps its own default (4 attempts).
      ...(setup.maxAttempts ? { maxAttempts: setup.maxAttempts } : {}),
    });
  }
  const files: string[] = [];
  const folder = join(options.tmpDir, options.id);
  if (!sender) mkdirSync(folder, { recursive: true });
  const writtenSha256 = new Map<string, string>();
  const from = {
    from: setup.from,
    ...(setup.replyTo ? { replyTo: setup.replyTo } : {}),
    ...(setup.bounceAddress ? { bounceAddress: setup.bounceAddress } : {}),
  };
  return {
    writtenSha256,
    inFlight: sender ? smtpConnections : 1,
    async add(letter: Letter, to: string | undefined): Promise<PlacedOutput> {
      if (!to) throw new Error(`Row ${letter.row} has no e-mail address`);
      const email = await composeLetterEmail(letter, to, from, options.creationDate);
      const checksum = letterChecksum(letter);
      if (sender) {
        const status = await sender.send(email);
        return { file: '', page: 1, pages: 1, checksum, status: status.status };
      }
      const file = `${options.id}/${writeEml(folder, email)}`;
      files.push(file);
      writtenSha256.set(file, createHash('sha256').update(email.raw).digest('hex'));
      return { file, page: 1, pages: 1, checksum, status: 'rendered' };
    },
    async close() {
      sender?.close();
      return files;
    },
    async abort() {
      sender?.close();
      await rm(options.tmpDir, { recursive: true, force: true });
    },
  };
}
