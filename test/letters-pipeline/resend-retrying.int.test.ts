import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { hashCode, normalizeCode } from '../../src/core/codes/index.ts';
import { letterMessageId } from '../../src/email/index.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import { createTestDatabase, dropTestDatabase } from '../support/databases.ts';
import { buildPerson, buildSetup, tempDir, testCodeSecret, writeRecipients } from './builders.ts';
import { readManifest } from './output-readers.ts';

interface Received {
  to: string;
  raw: string;
}

/**
 * A real SMTP server on loopback that answers 451 (try again later) to the addresses in
 * `refuse` at RCPT TO, and keeps every message it accepts.
 */
async function startSmtp() {
  const received: Received[] = [];
  const refuse = new Set<string>();
  /** Milliseconds to wait before accepting a recipient: keeps a resend busy for a while. */
  const slow = { ms: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse.has(address.address)) {
        setTimeout(() => callback(), slow.ms);
        return;
      }
      const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo)
          received.push({ to: r.address, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse,
    slow,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function captureIo(env: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    stdin: new PassThrough(),
    env,
  };
  return { io, out };
}

/** Undoes quoted-printable soft line breaks and escapes, enough to search the text part. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function deliveryColumn(outDir: string): Map<number, string> {
  const [, ...lines] = readFileSync(join(outDir, 'manifest.csv'), 'utf8').trimEnd().split('\n');
  return new Map(lines.map((l) => [Number(l.split(',')[0]), l.slice(l.lastIndexOf(',') + 1)]));
}

describe('letters resend', () => {
  test('sends again exactly the messages the server refused for now, with the same code, and nothing twice', async () => {
    const people = Array.from({ length: 6 }, (_, i) => buildPerson(i));
    const work = tempDir('dlw-resend-');
    const setupPath = join(work, 'setup.json');
    writeFileSync(
      setupPath,
      JSON.stringify(
        buildSetup({
          email: { from: '"BVO Voorbeeld" <datalek@bvo.example>', messagesPerSecond: 500, maxAttempts: 1 },
        }),
      ),
    );
    const recipients = writeRecipients(people);
    const outDir = join(work, 'out');
    const databaseUrl = `sqlite:${join(work, 'db.sqlite')}`;
    const smtp = await startSmtp();
    const env = {
      DATABASE_URL: databaseUrl,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
      SMTP_URL: smtp.url,
    };
    const [second, fifth] = [people[1], people[4]];
    assert.ok(second && fifth);
    try {
      smtp.refuse.add(second.email).add(fifth.email);
      const first = captureIo(env);
      const generated = await main(
        [
          'letters',
          'generate',
          '--breach',
          'br-resend',
          '--recipients',
          recipients,
          '--letters',
          setupPath,
          '--out',
          outDir,
          '--format',
          'smtp',
          '--shard-size',
          '4',
        ],
        first.io,
      );
      assert.equal(generated, 1, first.out.stderr);
      assert.match(first.out.stdout, /Received 6 rows: 6 letters made, 0 rows rejected\./);
      assert.match(first.out.stdout, /2 messages were refused for now/);
      const jobId = /letters resend --job (\S+) /.exec(first.out.stdout)?.[1];
      assert.ok(jobId, first.out.stdout);
      assert.deepEqual(
        smtp.received.map((m) => m.to).sort(),
        [0, 2, 3, 5].map((i) => people[i]?.email).sort(),
      );
      assert.deepEqual(
        [...deliveryColumn(outDir)].filter(([, s]) => s === 'retrying').map(([row]) => row),
        [2, 5],
      );

      // The fifth person's server still refuses: one is sent, one stays retrying.
      smtp.refuse.delete(second.email);
      const retry = captureIo(env);
      assert.equal(
        await main(['letters', 'resend', '--job', jobId, '--recipients', recipients], retry.io),
        1,
      );
      assert.match(
        retry.out.stdout,
        /Sent again 2 messages: 1 sent, 0 refused for good, 1 still refused for now\./,
      );
      assert.equal(smtp.received.length, 5);
      assert.equal(smtp.received[4]?.to, second.email);

      smtp.refuse.clear();
      const last = captureIo(env);
      assert.equal(await main(['letters', 'resend', '--job', jobId, '--recipients', recipients], last.io), 0);
      assert.match(
        last.out.stdout,
        /Sent again 1 messages: 1 sent, 0 refused for good, 0 still refused for now\./,
      );
      assert.equal(smtp.received.length, 6);
      assert.equal(smtp.received[5]?.to, fifth.email);

      const other = captureIo(env);
      const otherFile = writeRecipients(people.slice(0, 5));
      assert.equal(await main(['letters', 'resend', '--job', jobId, '--recipients', otherFile], other.io), 2);
      assert.match(other.out.stderr, /is not the recipients file job .* was made from/);

      const again = captureIo(env);
      assert.equal(
        await main(['letters', 'resend', '--job', jobId, '--recipients', recipients], again.io),
        0,
      );
      assert.match(again.out.stdout, /Nothing to send again/);
      assert.equal(smtp.received.length, 6, 'a pass after everything was sent sends nothing');

      // Each person got exactly one message, with the code the manifest gives their row.
      const manifest = readManifest(outDir);
      for (const entry of manifest) {
        const person = people[entry.row - 1];
        assert.ok(person);
        const messages = smtp.received.filter((m) => m.to === person.email);
        assert.equal(messages.length, 1, `row ${entry.row} got one message`);
        const raw = messages[0]?.raw ?? '';
        assert.ok(decodeQuotedPrintable(raw).includes(entry.code), `row ${entry.row} carries its code`);
        const id = letterMessageId('br-resend', entry.row, 1, 'bvo.example');
        assert.match(raw, new RegExp(`^Message-ID: ${id.replaceAll('.', '\\.')}`, 'mi'));
      }
      assert.ok([...deliveryColumn(outDir).values()].every((s) => s === 'sent'));
      const summary = JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      assert.equal(summary.received, 6);
      assert.equal(summary.generated, 6);
      assert.deepEqual(summary.delivery, { sent: 6, failed: 0, retrying: 0 });

      const storage = await openStorage({ url: databaseUrl });
      try {
        const codes = await storage.db.selectFrom('personal_codes').select('code_hash').execute();
        assert.equal(codes.length, 6, 'no second code for anyone');
        const rounds = await storage.db
          .selectFrom('personal_code_rounds')
          .select(['code_hash', 'delivery_status'])
          .execute();
        assert.deepEqual(
          rounds.map((r) => r.delivery_status),
          Array(6).fill('sent'),
        );
        const hashes = new Set(manifest.map((m) => hashCode(normalizeCode(m.code), testCodeSecret)));
        assert.ok(rounds.every((r) => hashes.has(r.code_hash)));
      } finally {
        await storage.close();
      }
    } finally {
      await smtp.close();
    }
  });

  test('refuses a job that wrote .eml files instead of sending by SMTP', async () => {
    const work = tempDir('dlw-resend-other-');
    const setupPath = join(work, 'setup.json');
    writeFileSync(
      setupPath,
      JSON.stringify(buildSetup({ email: { from: 'datalek@bvo.example', messagesPerSecond: 500 } })),
    );
    const env = {
      DATABASE_URL: `sqlite:${join(work, 'db.sqlite')}`,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    };
    const run = captureIo(env);
    const args = ['--letters', setupPath, '--out', join(work, 'out'), '--format', 'eml', '--threads', '1'];
    const recipients = writeRecipients([buildPerson(1)]);
    assert.equal(
      await main(['letters', 'generate', '--breach', 'br-x', '--recipients', recipients, ...args], run.io),
      0,
    );
    const jobId = /\(job (\S+)\)/.exec(run.out.stderr)?.[1];
    assert.ok(jobId, run.out.stderr);
    const eml = captureIo({ ...env, SMTP_URL: 'smtp://127.0.0.1:9' });
    assert.equal(await main(['letters', 'resend', '--job', jobId, '--recipients', recipients], eml.io), 2);
    assert.match(eml.out.stderr, /made eml files, not e-mail sent by SMTP/);
  });
});

const bin = new URL('../../bin/datalekwijzer.js', import.meta.url).pathname;

/** Runs the CLI in its own process, as two operators at two terminals would. */
function cliProcess(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, ...out })),
  );
}

const engines = [
  { name: 'sqlite', skip: undefined },
  {
    name: 'postgres',
    skip: process.env.DLW_TEST_POSTGRES_URL ? undefined : 'DLW_TEST_POSTGRES_URL is not set',
  },
] as const;

for (const engine of engines) {
  describe(`letters resend, one at a time, on ${engine.name}`, { skip: engine.skip }, () => {
    test('refuses while another resend holds the job, takes over one that died, and of two at once only one sends', async () => {
      const people = Array.from({ length: 6 }, (_, i) => buildPerson(i));
      const work = tempDir('dlw-resend-once-');
      const setupPath = join(work, 'setup.json');
      writeFileSync(
        setupPath,
        JSON.stringify(
          buildSetup({
            email: { from: 'datalek@bvo.example', messagesPerSecond: 500, maxAttempts: 1 },
          }),
        ),
      );
      const recipients = writeRecipients(people);
      const database =
        engine.name === 'postgres'
          ? await createTestDatabase()
          : { name: '', url: `sqlite:${join(work, 'db.sqlite')}` };
      const smtp = await startSmtp();
      const env = {
        DATABASE_URL: database.url,
        CODE_SECRET: testCodeSecret,
        NODE_ENV: 'test',
        SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
        SMTP_URL: smtp.url,
      };
      const resendArgs = (jobId: string) => ['letters', 'resend', '--job', jobId, '--recipients', recipients];
      const storage = await openStorage({ url: database.url });
      try {
        smtp.refuse.add(people[1]?.email ?? '').add(people[4]?.email ?? '');
        const first = captureIo(env);
        const args = ['--letters', setupPath, '--out', join(work, 'out'), '--format', 'smtp'];
        assert.equal(
          await main(
            ['letters', 'generate', '--breach', 'br-once', '--recipients', recipients, ...args],
            first.io,
          ),
          1,
          first.out.stderr,
        );
        const jobId = /letters resend --job (\S+) /.exec(first.out.stdout)?.[1];
        assert.ok(jobId, first.out.stdout);
        assert.equal(smtp.received.length, 4);
        smtp.refuse.clear();

        // A resend in another terminal holds the job right now.
        const since = new Date().toISOString();
        await storage.db
          .insertInto('letter_job_claims')
          .values({ job_id: jobId, kind: 'resend', holder: 'mailer-b:77:feedface', claimed_at: since })
          .execute();
        const busy = captureIo(env);
        assert.equal(await main(resendArgs(jobId), busy.io), 2);
        assert.match(
          busy.out.stderr,
          new RegExp(
            `Another \`letters resend\` of job ${jobId} is running \\(mailer-b:77:feedface, since ${since}\\)`,
          ),
        );
        assert.match(busy.out.stderr, /NL: Er loopt al een andere `letters resend` voor opdracht/);
        assert.equal(smtp.received.length, 4, 'the refused resend sent nothing');

        // That resend died ten minutes ago; two operators now start one each at the same moment.
        await storage.db
          .updateTable('letter_job_claims')
          .set({ claimed_at: new Date(Date.now() - 10 * 60_000).toISOString() })
          .where('job_id', '=', jobId)
          .execute();
        smtp.slow.ms = 1500; // the winner is still sending when the other asks
        const both = await Promise.all([
          cliProcess(resendArgs(jobId), env),
          cliProcess(resendArgs(jobId), env),
        ]);
        const codes = both.map((r) => r.code).sort();
        assert.deepEqual(codes, [0, 2], both.map((r) => r.stderr).join('\n'));
        const sender = both.find((r) => r.code === 0);
        const refused = both.find((r) => r.code === 2);
        assert.match(sender?.stdout ?? '', /Sent again 2 messages: 2 sent/);
        assert.match(refused?.stderr ?? '', /Another `letters resend` of job .* is running/);
        assert.match(refused?.stderr ?? '', /NL: Wacht tot die klaar is/);
        assert.deepEqual(
          smtp.received.map((m) => m.to).sort(),
          people.map((p) => p.email).sort(),
          'each person received exactly one message',
        );
        assert.deepEqual(
          await storage.db.selectFrom('letter_job_claims').selectAll().execute(),
          [],
          'the claim is released at the end',
        );
        smtp.slow.ms = 0;
        const after = captureIo(env);
        assert.equal(await main(resendArgs(jobId), after.io), 0, after.out.stderr);
        assert.match(after.out.stdout, /Nothing to send again/);
      } finally {
        await storage.close();
        await smtp.close();
        if (engine.name === 'postgres') await dropTestDatabase(database.name);
      }
    });
  });
}
