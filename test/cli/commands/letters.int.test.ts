import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { progressReporter } from '../../../src/cli/commands/letters/progress.ts';
import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import type { LetterJobProgress } from '../../../src/letters-pipeline/index.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';
import {
  buildPerson,
  buildSetup,
  tempDir,
  testCodeSecret,
  writeRecipients,
} from '../../letters-pipeline/builders.ts';

function captureIo(env: NodeJS.ProcessEnv = {}, tty = false) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: Object.assign({ write: (t: string) => (out.stderr += t) }, tty ? { isTTY: true } : {}),
    stdin: new PassThrough(),
    env,
  };
  return { io, out };
}

function buildProgress(overrides: Partial<LetterJobProgress> = {}): LetterJobProgress {
  return {
    jobId: 'job',
    breachId: 'br',
    round: 1,
    status: 'running',
    shardsTotal: 10,
    shardsDone: 5,
    received: 100,
    processed: 50,
    generated: 48,
    rejected: 2,
    retrying: 0,
    outDir: '/tmp/out',
    ...overrides,
  };
}

describe('letters generate', () => {
  test('prints the totals and where the report is, and exits 1 when rows were rejected', async () => {
    const work = tempDir('dlw-cli-');
    const setup = join(work, 'setup.json');
    writeFileSync(setup, JSON.stringify(buildSetup()));
    const recipients = writeRecipients([buildPerson(1), buildPerson(2)], {
      extraLines: ['Zonder Groep Zqx77;Kerkstraat 1;1234 AB;Zoetermeer;a@example.org;nl;;bsn'],
    });
    const { io, out } = captureIo({
      DATABASE_URL: `sqlite:${join(work, 'db.sqlite')}`,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    });
    const code = await main(
      [
        'letters',
        'generate',
        '--breach',
        'br-cli',
        '--recipients',
        recipients,
        '--letters',
        setup,
        '--out',
        join(work, 'out'),
        '--threads',
        '1',
      ],
      io,
    );
    assert.equal(code, 1);
    assert.match(out.stdout, /Received 3 rows: 2 letters made, 1 rows rejected\./);
    assert.match(out.stdout, new RegExp(`Rejected rows.*${join(work, 'out', 'validation-report.csv')}`));
    assert.match(
      out.stderr,
      /^progress: 100% 3\/3 rows/m,
      'plain progress lines when stderr is not a terminal',
    );
    assert.ok(!out.stderr.includes('\r'));
  });

  test('explains a wrong column mapping with every missing field, as a usage error', async () => {
    const work = tempDir('dlw-cli-');
    const setup = join(work, 'setup.json');
    writeFileSync(setup, JSON.stringify(buildSetup()));
    const mapping = join(work, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ name: 'naam', group: 'bestaat-niet' }));
    const { io, out } = captureIo({
      DATABASE_URL: `sqlite:${join(work, 'db.sqlite')}`,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    });
    const code = await main(
      [
        'letters',
        'generate',
        '--breach',
        'b',
        '--recipients',
        writeRecipients([buildPerson(1)]),
        '--letters',
        setup,
        '--out',
        join(work, 'out'),
        '--mapping',
        mapping,
      ],
      io,
    );
    assert.equal(code, 2);
    assert.match(out.stderr, /mapping\.group: The file has no column "bestaat-niet"/);
    assert.match(out.stderr, /mapping\.street: No column is mapped to the street/);
  });

  test('refuses a follow-up round without a code column', async () => {
    const work = tempDir('dlw-cli-');
    const setup = join(work, 'setup.json');
    writeFileSync(setup, JSON.stringify(buildSetup()));
    const { io, out } = captureIo({
      DATABASE_URL: `sqlite:${join(work, 'db.sqlite')}`,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    });
    const code = await main(
      [
        'letters',
        'generate',
        '--breach',
        'b',
        '--recipients',
        writeRecipients([buildPerson(1)]),
        '--letters',
        setup,
        '--out',
        join(work, 'out'),
        '--round',
        '2',
      ],
      io,
    );
    assert.equal(code, 2);
    assert.match(out.stderr, /map the code column/);
  });
  test('the same command finishes a job whose finisher died while joining the outputs', async () => {
    const work = tempDir('dlw-cli-');
    const setup = join(work, 'setup.json');
    writeFileSync(setup, JSON.stringify(buildSetup()));
    const database = `sqlite:${join(work, 'db.sqlite')}`;
    const env = {
      DATABASE_URL: database,
      CODE_SECRET: testCodeSecret,
      NODE_ENV: 'test',
      SESSION_SECRET: 'session-secret-for-tests-of-32-bytes-or-more',
    };
    const out = join(work, 'out');
    const args = [
      'letters',
      'generate',
      '--breach',
      'br-died',
      '--recipients',
      writeRecipients([buildPerson(1), buildPerson(2), buildPerson(3)]),
      '--letters',
      setup,
      '--out',
      out,
      '--shard-size',
      '2',
      '--threads',
      '1',
    ];
    assert.equal(await main(args, captureIo(env).io), 0);
    const manifest = readFileSync(join(out, 'manifest.csv'), 'utf8');
    rmSync(join(out, 'manifest.csv'));
    const storage = await openStorage({ url: database });
    try {
      // As a finisher killed halfway leaves it: `finishing`, with its claim of ten minutes ago.
      const job = await storage.db.selectFrom('letter_jobs').select('id').executeTakeFirstOrThrow();
      await storage.db.updateTable('letter_jobs').set({ status: 'finishing', finished_at: null }).execute();
      await storage.db
        .insertInto('letter_job_claims')
        .values({
          job_id: job.id,
          kind: 'finish',
          holder: 'worker-b:4242:0badc0de',
          claimed_at: new Date(Date.now() - 10 * 60_000).toISOString(),
        })
        .execute();
      const again = captureIo(env);
      assert.equal(await main(args, again.io), 0, again.out.stderr);
      assert.match(again.out.stderr, /Resuming letters for breach br-died/);
      assert.equal(readFileSync(join(out, 'manifest.csv'), 'utf8'), manifest);
      const finished = await storage.db.selectFrom('letter_jobs').select('status').executeTakeFirstOrThrow();
      assert.equal(finished.status, 'done');
    } finally {
      await storage.close();
    }
  });
});

describe('progressReporter', () => {
  test('redraws one bar line with a carriage return on a terminal', () => {
    const { io, out } = captureIo({}, true);
    let clock = 0;
    const bar = progressReporter(io, () => clock);
    clock = 2000;
    bar.update(buildProgress());
    bar.update(buildProgress({ processed: 100, generated: 98 }));
    bar.end();
    assert.match(
      out.stderr,
      /^\r\[#{15}-{15}\] 50% 50\/100 rows, 48 letters, 2 rejected, 24 letters\/s\r\[#{30}\] 100%/,
    );
    assert.ok(out.stderr.endsWith('\n'));
  });

  test('writes a plain line at most every five seconds when not on a terminal', () => {
    const { io, out } = captureIo();
    let clock = 0;
    const bar = progressReporter(io, () => clock);
    for (let processed = 10; processed <= 90; processed += 10) {
      clock += 1000;
      bar.update(buildProgress({ processed }));
    }
    bar.update(buildProgress({ processed: 100 }));
    const lines = out.stderr.trimEnd().split('\n');
    assert.deepEqual(
      lines.map((l) => l.split(' ')[1]),
      ['50%', '100%'],
    );
  });
});
