import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { hashCode, normalizeCode } from '../../src/core/codes/index.ts';
import { smtpConnections } from '../../src/email/index.ts';
import {
  deliveryStatuses,
  getJob,
  getShard,
  shardFromRow,
} from '../../src/storage/repositories/letter-jobs.ts';
import { listCodeRounds } from '../../src/storage/repositories/personal-codes-lookup.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { testDatabases } from '../support/databases.ts';
import {
  buildDeps,
  buildPerson,
  buildSetup,
  startLetterJob,
  tempDir,
  testCodeSecret,
  testKnowledge,
  writeRecipients,
} from './builders.ts';
import { renderShard } from '../../src/letters-pipeline/render-shard.ts';
import { shardTask } from '../../src/letters-pipeline/run-job.ts';
import { checksums, readManifest } from './output-readers.ts';

interface Received {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server on loopback that keeps every message it accepts, after `holdMs`; `busiest`
 * is the most messages it was receiving at one time.
 */
async function startSmtp(holdMs = 0): Promise<{
  url: string;
  received: Received[];
  busiest(): number;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let receiving = 0;
  let busiest = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      receiving++;
      busiest = Math.max(busiest, receiving);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          receiving--;
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        }, holdMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    busiest: () => busiest,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Undoes quoted-printable soft line breaks and escapes, enough to search the text part. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const people = Array.from({ length: 6 }, (_, i) => buildPerson(i));
const setup = buildSetup({
  email: { from: '"Bevolkingsonderzoek Voorbeeld" <datalek@bvo.example>', messagesPerSecond: 200 },
});
const sqlite = testDatabases.find((d) => d.name === 'sqlite');

/** Runs the six people through a letter job in `format` into a fresh folder, to the end. */
async function runJob(
  storage: Storage,
  options: {
    breachId: string;
    format: 'eml' | 'smtp';
    shardSize: number;
    smtpUrl?: string;
    threads?: number;
  },
) {
  const outDir = tempDir();
  const started = await startLetterJob(buildDeps(storage), {
    ...options,
    recipientsPath: writeRecipients(people),
    outDir,
    setup,
  });
  return { outDir, jobId: started.jobId, progress: await started.done };
}

describe('e-mail letters from a job', () => {
  test('sends each person one message with their own name and code through a real SMTP server', async () => {
    assert.ok(sqlite);
    const storage = await sqlite.open();
    const smtp = await startSmtp();
    try {
      const { outDir, jobId, progress } = await runJob(storage, {
        breachId: 'br-mail',
        format: 'smtp',
        shardSize: 4,
        smtpUrl: smtp.url,
      });
      assert.equal(progress.generated, 6);
      assert.equal(smtp.received.length, 6);
      const manifest = readManifest(outDir);
      for (const entry of manifest) {
        const person = people[entry.row - 1];
        assert.ok(person);
        const messages = smtp.received.filter((m) => m.to.includes(person.email));
        assert.equal(messages.length, 1, `${person.email} gets exactly one message`);
        const text = decodeQuotedPrintable(messages[0]?.raw ?? '');
        assert.ok(text.includes(person.name), `the message to row ${entry.row} names the person`);
        assert.ok(text.includes(entry.code), `the message to row ${entry.row} carries their code`);
        for (const other of people) if (other !== person) assert.ok(!text.includes(`${other.name}\n`));
        const hash = hashCode(normalizeCode(entry.code), testCodeSecret);
        const history = await listCodeRounds(storage.db, hash);
        assert.deepEqual(
          history.map((h) => h.channel),
          ['smtp'],
        );
        assert.equal((await deliveryStatuses(storage.db, jobId, [hash])).get(hash), 'sent');
      }
      const delivery = readFileSync(join(outDir, 'manifest.csv'), 'utf8').trimEnd().split('\n').slice(1);
      assert.ok(delivery.every((line) => line.endsWith(',sent')));
    } finally {
      await smtp.close();
      await storage.dispose();
    }
  });

  test('keeps one message going per pooled SMTP connection, and the manifest in row order', async () => {
    assert.ok(sqlite);
    const storage = await sqlite.open();
    // A slow server: each message is answered after 100 ms, so messages sent one by one never overlap.
    const smtp = await startSmtp(100);
    try {
      const { outDir, progress } = await runJob(storage, {
        breachId: 'br-mail-pool',
        format: 'smtp',
        shardSize: 6,
        smtpUrl: smtp.url,
      });
      assert.equal(progress.generated, 6);
      assert.equal(smtp.received.length, 6);
      assert.equal(smtp.busiest(), smtpConnections, 'every pooled connection carries a message at once');
      assert.deepEqual(
        readManifest(outDir).map((entry) => entry.row),
        [1, 2, 3, 4, 5, 6],
      );
      const delivery = readFileSync(join(outDir, 'manifest.csv'), 'utf8').trimEnd().split('\n').slice(1);
      assert.ok(delivery.every((line) => line.endsWith(',sent')));
    } finally {
      await smtp.close();
      await storage.dispose();
    }
  });

  test('exports one .eml file per letter, addressed to the right person', async (t) => {
    assert.ok(sqlite);
    const storage = await sqlite.open();
    t.after(() => storage.dispose());
    const { outDir } = await runJob(storage, { breachId: 'br-eml', format: 'eml', shardSize: 4, threads: 1 });
    // Six letters in shards of four: one folder per shard, each holding its own rows' files.
    assert.deepEqual(readdirSync(join(outDir, 'letters')).sort(), ['00001', '00002']);
    const files = ['00001', '00002'].flatMap((shard) =>
      readdirSync(join(outDir, 'letters', shard)).map((name) => `${shard}/${name}`),
    );
    assert.deepEqual(files.sort(), [
      '00001/000000001.eml',
      '00001/000000002.eml',
      '00001/000000003.eml',
      '00001/000000004.eml',
      '00002/000000005.eml',
      '00002/000000006.eml',
    ]);
    const manifest = readManifest(outDir);
    assert.deepEqual(
      manifest.map((entry) => entry.file),
      files,
    );
    for (const entry of manifest) {
      const person = people[entry.row - 1];
      assert.ok(person);
      const raw = readFileSync(join(outDir, 'letters', entry.file), 'utf8');
      assert.match(raw, new RegExp(`^To: ${person.email.replaceAll('.', '\\.')}`, 'm'));
      assert.ok(decodeQuotedPrintable(raw).includes(entry.code));
      // The file checksum is taken from the bytes in memory; it must be the file's on disk.
      const onDisk = createHash('sha256')
        .update(readFileSync(join(outDir, 'letters', entry.file)))
        .digest('hex');
      assert.equal(entry.fileSha256, onDisk, `file_sha256 of ${entry.file}`);
    }
    // The shards wrote straight into their own folders: nothing temporary is left behind.
    assert.equal(existsSync(join(outDir, '.partial')), false);
  });

  test('a shard rendered again (a crash before its commit, a second worker) replaces its folder with the same letters', async (t) => {
    assert.ok(sqlite);
    const storage = await sqlite.open();
    t.after(() => storage.dispose());
    const { outDir, jobId } = await runJob(storage, {
      breachId: 'br-eml-again',
      format: 'eml',
      shardSize: 4,
      threads: 1,
    });
    const before = checksums(join(outDir, 'letters'));
    const job = await getJob(storage.db, jobId);
    const row = await getShard(storage.db, jobId, 0);
    assert.ok(job && row);
    const task = shardTask(job, shardFromRow(row));
    const env = { codeSecret: testCodeSecret, knowledge: testKnowledge() };
    // The folder `00001` is there and full: a plain rename onto it fails with ENOTEMPTY.
    const outcomes = await Promise.all([renderShard(task, env), renderShard(task, env)]);
    assert.deepEqual(
      outcomes.map((o) => o.generated),
      [4, 4],
    );
    assert.deepEqual(checksums(join(outDir, 'letters')), before);
    // Neither the renders' own folders nor the letters moved aside are left behind.
    assert.deepEqual(readdirSync(join(outDir, '.partial')), []);
  });
});
