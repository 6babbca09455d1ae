import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { openStorage } from '../../src/storage/open-storage.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildConfig, testKnowledge } from '../support/web.ts';

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

/** Calls the API of the database at `url` with `token`. */
async function ownBreaches(url: string, organisationId: string, token: string): Promise<number> {
  const storage = await openStorage({ url });
  const app = await buildApp({
    config: buildConfig(),
    storage,
    knowledge: testKnowledge(),
    clock: () => new Date(),
  });
  try {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/organisations/${organisationId}/breaches`,
      headers: { authorization: `Bearer ${token}` },
    });
    return response.statusCode;
  } finally {
    await app.close();
    await storage.close();
  }
}

describe('datalekwijzer tokens', () => {
  test('creates a token that works on the API once, and revoking it stops it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-tokens-'));
    try {
      const url = `sqlite:${join(dir, 'test.sqlite')}`;
      const env = { DATABASE_URL: url };
      assert.equal(await main(['db', 'seed-demo'], captureIo(env)), 0);
      const create = captureIo(env);
      const code = await main(
        [
          'tokens',
          'create',
          '--org',
          'voorbeeld-webwinkel-demo',
          '--name',
          'website sync',
          '--role',
          'viewer',
        ],
        create,
      );
      assert.equal(code, 0, create.err());
      const token = /Token \(shown once, keep it secret\): (\S+)/.exec(create.out())?.[1] ?? '';
      const organisationId = /Organisation id: (\S+)/.exec(create.out())?.[1] ?? '';
      const tokenId = /Token id: (\S+)/.exec(create.out())?.[1] ?? '';
      assert.match(token, /^dlw_/);
      assert.equal(await ownBreaches(url, organisationId, token), 200);

      const revoke = captureIo(env);
      assert.equal(await main(['tokens', 'revoke', tokenId], revoke), 0);
      assert.match(revoke.out(), /Revoked API token "website sync"/);
      assert.equal(await ownBreaches(url, organisationId, token), 401);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('makes an editor token unless --role owner is written out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-tokens-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'test.sqlite')}` };
      assert.equal(await main(['db', 'seed-demo'], captureIo(env)), 0);
      const create = (extra: string[]) => {
        const io = captureIo(env);
        const args = ['tokens', 'create', '--org', 'voorbeeld-webwinkel-demo', '--name', 'sync', ...extra];
        return main(args, io).then((code) => ({ code, out: io.out() }));
      };
      const plain = await create([]);
      assert.equal(plain.code, 0);
      assert.match(plain.out, /Created API token "sync" \(editor\)/);
      const owner = await create(['--role', 'owner']);
      assert.equal(owner.code, 0);
      assert.match(owner.out, /Created API token "sync" \(owner\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses an unknown organisation, an unknown role and an unknown token id with exit status 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlw-tokens-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'test.sqlite')}` };
      const unknown = captureIo(env);
      assert.equal(await main(['tokens', 'create', '--org', 'nobody', '--name', 'x'], unknown), 2);
      assert.match(unknown.err(), /No organisation "nobody"/);
      const boss = captureIo(env);
      assert.equal(
        await main(['tokens', 'create', '--org', 'nobody', '--name', 'x', '--role', 'boss'], boss),
        2,
      );
      assert.match(boss.err(), /--role expects owner, editor or viewer/);
      const revoke = captureIo(env);
      assert.equal(await main(['tokens', 'revoke', 'no-such-token'], revoke), 2);
      assert.match(revoke.err(), /No API token/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
