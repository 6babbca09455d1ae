import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from(['']),
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('datalekwijzer with a database it cannot reach', () => {
  test('says so in one line without the password and exits with 1, instead of a stack trace', async () => {
    // Port 1 on the loopback address refuses at once; no PostgreSQL is needed.
    const url = 'postgres://dlw:geheim-wachtwoord@127.0.0.1:1/datalekwijzer';
    const { code, stdout, stderr } = await run(['db', 'migrate'], { DATABASE_URL: url });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^Cannot use the database in DATABASE_URL: .*ECONNREFUSED/u);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(stderr, /geheim-wachtwoord/u);
  });
});
