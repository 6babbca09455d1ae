import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { serve } from '../../src/cli/commands/serve.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

/** A CLI io that records what a command writes. */
function buildIo(env: NodeJS.ProcessEnv): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin: new PassThrough(),
    env,
    out: () => out,
    err: () => err,
  };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('serve command', () => {
  test('creates and migrates the SQLite file, listens, answers, and stops when told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-serve-'));
    const io = buildIo({ DATABASE_URL: `sqlite:${join(dir, 'data', 'db.sqlite')}`, LOG_LEVEL: 'silent' });
    const stop = new AbortController();
    const running = serve({ port: '0', signal: stop.signal, secretsFile: join(dir, 'secrets.json') }, io);
    await until(() => /running at http:\/\/127\.0\.0\.1:\d+/.test(io.out()), 'the URL to be printed');
    const url = io.out().match(/running at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    const health = await fetch(`${url}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok', database: 'ok' });
    assert.equal((await fetch(`${url}/plan`)).status, 200);
    assert.ok(existsSync(join(dir, 'data', 'db.sqlite')));
    stop.abort();
    await running;
    await assert.rejects(fetch(`${url}/health`));
  });

  test('a wrong setting stops start-up with exit status 2 and names the variable', async () => {
    const io = buildIo({ LOG_LEVEL: 'silent', DATABASE_URL: 'mysql://nope' });
    const status = await main(['serve', '--port', 'eighty'], io);
    assert.equal(status, 2);
    assert.match(io.err(), /PORT: expected a whole number/);
    assert.match(io.err(), /DATABASE_URL: expected sqlite:/);
  });

  test('a production start without an operator is refused with a message naming the variables', async () => {
    const io = buildIo({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      CODE_SECRET: 'y'.repeat(32),
      DATABASE_URL: 'sqlite::memory:',
    });
    const status = await main(['serve', '--port', '0'], io);
    assert.equal(status, 2);
    assert.match(io.err(), /OPERATOR_NAME: required in production, so the site says who runs it/);
    assert.match(io.err(), /OPERATOR_PRIVACY_CONTACT: required in production/);
  });

  test('the real process shuts down cleanly with exit status 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-serve-'));
    const child = spawn(process.execPath, ['bin/datalekwijzer.js', 'serve', '--port', '0'], {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(32),
        CODE_SECRET: 'y'.repeat(32),
        OPERATOR_NAME: 'Stichting Testbeheer',
        OPERATOR_ADDRESS: 'Postbus 123, 1000 AB Amsterdam',
        OPERATOR_CONTACT: 'info@testbeheer.example',
        OPERATOR_PRIVACY_CONTACT: 'privacy@testbeheer.example',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await until(() => /running at http:\/\/127\.0\.0\.1:\d+/.test(out), 'the server to start');
    const url = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
    assert.equal((await fetch(`${url}/health`)).status, 200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.match(out, /Stopping/);
  });
});
