import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';

const secret = 'x'.repeat(32);
const production = { NODE_ENV: 'production', SESSION_SECRET: secret, CODE_SECRET: secret };
const freshSecretsFile = () => join(mkdtempSync(join(tmpdir(), 'dlw-config-')), 'data', 'secrets.json');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('loadConfig', () => {
  test('uses the documented defaults', () => {
    const config = loadConfig(production);
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, 'sqlite:data/datalekwijzer.sqlite');
    assert.equal(config.baseUrl, 'http://127.0.0.1:3000');
    assert.equal(config.logLevel, 'info');
    assert.equal(config.trustProxy, false);
    assert.equal(config.mode, 'production');
  });

  test('names every wrong variable at once with what is expected', () => {
    const problems = problemsOf(() =>
      loadConfig({
        ...production,
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        BASE_URL: 'ftp://x',
        TRUST_PROXY: 'maybe',
      }),
    );
    assert.equal(problems.length, 4);
    assert.match(problems.join('\n'), /PORT: expected a whole number from 0 to 65535 \(got "eighty"\)/);
    assert.match(problems.join('\n'), /LOG_LEVEL: expected one of/);
    assert.match(problems.join('\n'), /BASE_URL: expected an absolute http\(s\) URL/);
    assert.match(problems.join('\n'), /TRUST_PROXY: expected true, false/);
  });

  test('requires both secrets in production and never echoes a secret', () => {
    const problems = problemsOf(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short-secret' }));
    assert.match(problems.join('\n'), /SESSION_SECRET: expected a random secret of at least 32 bytes/);
    assert.doesNotMatch(problems.join('\n'), /short-secret/);
    const missing = problemsOf(() => loadConfig({ NODE_ENV: 'production' }));
    assert.deepEqual(
      missing.map((line) => line.split(':')[0]),
      ['SESSION_SECRET', 'CODE_SECRET'],
    );
  });

  test('generates development secrets once and keeps them in a file only the owner can read', () => {
    const file = freshSecretsFile();
    const first = loadConfig({}, { secretsFile: file });
    const second = loadConfig({}, { secretsFile: file });
    assert.equal(first.sessionSecret, second.sessionSecret);
    assert.notEqual(first.sessionSecret, first.codeSecret);
    assert.ok(Buffer.byteLength(first.sessionSecret) >= 32);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.match(readFileSync(file, 'utf8'), /"session"/);
  });

  test('uses --demo secrets even when NODE_ENV is production', () => {
    const config = loadConfig({ NODE_ENV: 'production' }, { demo: true, secretsFile: freshSecretsFile() });
    assert.equal(config.mode, 'demo');
    assert.ok(config.codeSecret.length > 0);
  });

  test('reads TRUST_PROXY as a flag, a hop count or a list of addresses', () => {
    assert.equal(loadConfig({ ...production, TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({ ...production, TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({ ...production, TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy, [
      '10.0.0.1',
      '10.0.0.2',
    ]);
  });

  test('drops a trailing slash from BASE_URL', () => {
    assert.equal(
      loadConfig({ ...production, BASE_URL: 'https://example.nl/' }).baseUrl,
      'https://example.nl',
    );
  });
});
