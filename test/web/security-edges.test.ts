import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { loopbackProxyWarning } from '../../src/cli/commands/serve.ts';
import { escapeHtml } from '../../src/web/html.ts';
import { redactPath } from '../../src/web/log-redaction.ts';
import { createLogger } from '../../src/web/logger.ts';
import { buildConfig, buildTestApp } from '../support/web.ts';

// A code in the real format (18 symbols from the alphabet, grouped as printed on letters).
const code = 'K7M-X4D-EPR-J9A-HWC-T3N';
const bare = code.replaceAll('-', '');

describe('the edges an attacker probes', () => {
  test('code shapes never reach a logged path, whatever the route or encoding', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    const t = await buildTestApp({ logger });
    try {
      for (const url of [
        `/C/${bare}`,
        `/code/${bare}`,
        `/mijn-plan/${bare}`,
        `/c%2F${bare}`,
        `/en/c/${code.toLowerCase()}`,
        `/c%252F${code}`,
      ])
        await t.app.inject({ url });
    } finally {
      await t.close();
    }
    const logged = lines.join('');
    assert.ok(logged.includes('[code]'), 'the requests were logged, redacted');
    for (const shape of [bare, code, code.toLowerCase(), bare.slice(0, 12)])
      assert.ok(!logged.includes(shape), `${shape} was logged`);
    assert.equal(
      redactPath('/werkruimte/datalekken/3f0c9e7a-8d4e-4c6f-9e7a-8d4e4c6f9e7a/brieven'),
      '/werkruimte/datalekken/3f0c9e7a-8d4e-4c6f-9e7a-8d4e4c6f9e7a/brieven',
      'record ids stay readable',
    );
  });

  test("Fastify's own errors go through the app's rendering: bad encoding 400, long path 414", async () => {
    const t = await buildTestApp();
    try {
      const page = await t.app.inject({ url: '/register/%E0%A4%A' });
      assert.equal(page.statusCode, 400);
      assert.match(String(page.headers['content-type']), /text\/html/);
      assert.ok(page.headers['content-security-policy'], 'security headers on the error page');
      assert.match(page.body, /Niet alle gegevens zijn goed ingevuld/);
      const api = await t.app.inject({ url: '/api/v1/breaches/%E0%A4%A' });
      assert.equal(api.statusCode, 400);
      assert.match(String(api.headers['content-type']), /application\/problem\+json/);
      const long = await t.app.inject({ url: `/register/${'a'.repeat(300)}` });
      assert.equal(long.statusCode, 414);
      assert.match(long.body, /Het adres van deze pagina is te lang/);
    } finally {
      await t.close();
    }
  });

  test('431 for headers too large is the app error page, with the security headers', async () => {
    const t = await buildTestApp();
    try {
      await t.app.listen({ port: 3190, host: '127.0.0.1' });
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(3190, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        socket.write(`GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`);
      });
      assert.match(answer, /^HTTP\/1\.1 431 /);
      assert.match(answer, /Content-Security-Policy: default-src 'none'/);
      assert.match(answer, /Verwijder de cookies van deze site/);
    } finally {
      await t.close();
    }
  });

  test('searches past SEARCH_CONCURRENCY get 503 with Retry-After; the slot is freed afterwards', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const t = await buildTestApp({
      env: { SEARCH_CONCURRENCY: '1' },
      extend: (app) =>
        app.addHook('onRequest', async (request) => {
          if (request.url.includes('q=langzaam')) await held;
        }),
    });
    try {
      const slow = t.app.inject({ url: '/register?q=langzaam' });
      await new Promise((resolve) => setImmediate(resolve));
      const shed = await t.app.inject({ url: '/register?q=lek' });
      assert.equal(shed.statusCode, 503);
      assert.equal(shed.headers['retry-after'], '2');
      const api = await t.app.inject({ url: '/api/v1/breaches?query=lek' });
      assert.equal(api.statusCode, 503);
      assert.match(String(api.headers['content-type']), /problem\+json/);
      assert.equal(
        (await t.app.inject({ url: '/register' })).statusCode,
        200,
        'a page without a search is not shed',
      );
      release();
      assert.equal((await slow).statusCode, 200);
      assert.equal((await t.app.inject({ url: '/register?q=lek' })).statusCode, 200);
    } finally {
      await t.close();
    }
  });

  test('bidi overrides and control characters are dropped where text is shown', () => {
    assert.equal(escapeHtml('factuur\u202Efdp.exe'), 'factuurfdp.exe');
    assert.equal(escapeHtml('a\u2066b\u2069c\u0007d\u0000'), 'abcd');
    assert.equal(escapeHtml('regel 1\nregel 2\t<b>'), 'regel 1\nregel 2\t&lt;b&gt;');
  });

  test('warns at start-up when listening on loopback with TRUST_PROXY unset', () => {
    assert.match(loopbackProxyWarning(buildConfig({ HOST: '127.0.0.1' })) ?? '', /TRUST_PROXY/);
    assert.equal(loopbackProxyWarning(buildConfig({ HOST: '127.0.0.1', TRUST_PROXY: '1' })), undefined);
    assert.equal(loopbackProxyWarning(buildConfig({ HOST: '0.0.0.0' })), undefined);
    // `npm start` on one's own machine: loopback without a proxy is the normal case.
    assert.equal(
      loopbackProxyWarning({ ...buildConfig({ HOST: '127.0.0.1' }), mode: 'development' }),
      undefined,
    );
  });
});
