import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';

function captureIo(env: NodeJS.ProcessEnv): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin: Readable.from([]),
    env,
    out: () => out,
    err: () => err,
  };
}

describe('datalekwijzer db and users commands', () => {
  test('migrates, seeds once with a printed demo password, and leaves a second seed unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-db-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'test.sqlite')}` };
      const migrate = captureIo(env);
      assert.equal(await main(['db', 'migrate'], migrate), 0);
      assert.match(migrate.out(), /Applied \d+ migration\(s\): 0001-accounts/);
      const again = captureIo(env);
      assert.equal(await main(['db', 'migrate'], again), 0);
      assert.match(again.out(), /up to date/);

      const seed = captureIo(env);
      assert.equal(await main(['db', 'seed-demo'], seed), 0);
      assert.match(seed.out(), /Demo login for .*: demo@datalekwijzer\.test {2}password: \S{16,}/);
      const second = captureIo(env);
      assert.equal(await main(['db', 'seed-demo'], second), 0);
      assert.match(second.out(), /nothing changed/);
      assert.doesNotMatch(second.out(), /password: /);

      const create = captureIo(env);
      const args = [
        'users',
        'create',
        '--email',
        'Editor@Example.test',
        '--org',
        'voorbeeld-webwinkel-demo',
        '--role',
        'editor',
      ];
      assert.equal(await main(args, create), 0);
      assert.match(create.out(), /Password \(shown once\): \S{16,}/);
      const badRole = captureIo(env);
      assert.equal(
        await main(['users', 'create', '--email', 'x@example.test', '--role', 'boss'], badRole),
        2,
      );
      assert.match(badRole.err(), /--role expects owner, editor or viewer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses --platform-admin for an account that already exists, instead of reporting it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-users-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'test.sqlite')}` };
      assert.equal(await main(['users', 'create', '--email', 'person@example.test'], captureIo(env)), 0);
      const admin = captureIo(env);
      assert.equal(
        await main(['users', 'create', '--email', 'person@example.test', '--platform-admin'], admin),
        2,
      );
      assert.match(
        admin.err(),
        /already has an account; --platform-admin only applies when an account is created/,
      );
      assert.equal(admin.out(), '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('names the variable when DATABASE_URL is not a database address', async () => {
    const io = captureIo({ DATABASE_URL: 'mysql://nope' });
    assert.equal(await main(['db', 'migrate'], io), 2);
    assert.match(io.err(), /DATABASE_URL: expected sqlite/);
  });
});
