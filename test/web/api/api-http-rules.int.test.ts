import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabases } from '../../support/databases.ts';
import { apiWorld } from './api-support.ts';

type World = Awaited<ReturnType<typeof apiWorld>>;

const origin = 'https://other-site.example';
const sqlite = testDatabases.find((d) => d.name === 'sqlite');

function problemCode(response: LightMyRequestResponse): string {
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  return (JSON.parse(response.body) as { code: string }).code;
}

/**
 * The NLGov API Design Rules checked on live responses (the HTTP side; the document side is in
 * api-design-rules.test.ts). These rules do not depend on the database engine.
 */
describe('NLGov API Design Rules: live responses', { skip: sqlite?.skip }, () => {
  let w: World;
  before(async () => {
    assert.ok(sqlite);
    w = await apiWorld(sqlite);
  });
  after(async () => {
    await w?.close();
  });
  const inject = (method: string, url: string, headers: Record<string, string> = {}, payload?: string) =>
    w.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });

  test('/core/publish-openapi: the document is readable from any origin, and its preflight is answered', async () => {
    const get = await inject('GET', '/api/v1/openapi.json', { origin });
    assert.equal(get.statusCode, 200);
    assert.equal(get.headers['access-control-allow-origin'], '*');
    assert.match(String(get.headers['access-control-expose-headers']), /API-Version/);
    const preflight = await inject('OPTIONS', '/api/v1/openapi.json', {
      origin,
      'access-control-request-method': 'GET',
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD');
    assert.equal(preflight.headers.allow, 'GET, HEAD, OPTIONS');
    assert.equal(preflight.headers['api-version'], '1.1.0');
  });

  test('/core/transport/cors: public reads allow any origin, errors on them too', async () => {
    const breach = w.breaches.publishedA.id;
    for (const url of ['/api/v1/breaches', `/api/v1/breaches/${breach}`, `/api/v1/breaches/${breach}/hibp`]) {
      const response = await inject('GET', url, { origin });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['access-control-allow-origin'], '*', url);
      const preflight = await inject('OPTIONS', url, { origin, 'access-control-request-method': 'GET' });
      assert.equal(preflight.statusCode, 204, url);
      assert.equal(preflight.headers['access-control-allow-origin'], '*', url);
      assert.doesNotMatch(String(preflight.headers['access-control-allow-headers']), /authorization/i);
    }
    const missing = await inject('GET', '/api/v1/breaches/no-such-breach', { origin });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['access-control-allow-origin'], '*');
  });

  test('/core/transport/cors: no CORS for token and workspace operations', async () => {
    const orgBreaches = `/api/v1/organisations/${w.world.orgA.id}/breaches`;
    const read = await inject('GET', orgBreaches, { origin, authorization: `Bearer ${w.tokens.viewerA}` });
    assert.equal(read.statusCode, 200);
    assert.equal(read.headers['access-control-allow-origin'], undefined);
    const preflight = await inject('OPTIONS', orgBreaches, {
      origin,
      'access-control-request-method': 'GET',
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(preflight.headers.allow, 'GET, HEAD, OPTIONS');
    const write = await inject(
      'POST',
      '/api/v1/breaches',
      { origin, 'content-type': 'application/json' },
      '{}',
    );
    assert.equal(write.statusCode, 401);
    assert.equal(write.headers['access-control-allow-origin'], undefined);
    const publish = await inject('OPTIONS', `/api/v1/breaches/${w.breaches.draftA.id}/publish`, {
      origin,
      'access-control-request-method': 'POST',
    });
    assert.equal(publish.statusCode, 204);
    assert.equal(publish.headers['access-control-allow-origin'], undefined);
    assert.equal(publish.headers.allow, 'POST, OPTIONS');
    // The workspace is outside the API: no CORS there either.
    const workspace = await inject('GET', '/workspace', { origin });
    assert.equal(workspace.headers['access-control-allow-origin'], undefined);
  });

  test('/core/http-methods: an unsupported method is 405 with Allow, as problem+json', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/api/v1/breaches', 'GET, HEAD, POST, OPTIONS'],
      ['PUT', `/api/v1/breaches/${w.breaches.publishedA.id}`, 'GET, HEAD, PATCH, OPTIONS'],
      ['GET', `/api/v1/breaches/${w.breaches.publishedA.id}/publish`, 'POST, OPTIONS'],
      ['POST', '/api/v1/openapi.json', 'GET, HEAD, OPTIONS'],
    ];
    for (const [method, url, allow] of cases) {
      const response = await inject(method, url, { authorization: `Bearer ${w.tokens.editorA}` });
      assert.equal(response.statusCode, 405, `${method} ${url}`);
      assert.equal(response.headers.allow, allow, `${method} ${url}`);
      assert.equal(problemCode(response), 'method_not_allowed');
      assert.equal(response.headers['api-version'], '1.1.0');
    }
    assert.equal((await inject('DELETE', '/api/v1/no-such-path')).statusCode, 404);
  });

  test('a body in another media type is 415, not 400', async () => {
    const auth = { authorization: `Bearer ${w.tokens.editorA}` };
    const plain = await inject(
      'POST',
      '/api/v1/breaches',
      { ...auth, 'content-type': 'text/plain' },
      '{"a":1}',
    );
    assert.equal(plain.statusCode, 415);
    assert.equal(problemCode(plain), 'unsupported_media_type');
    const form = await inject(
      'POST',
      '/api/v1/breaches',
      { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      'title=x',
    );
    assert.equal(form.statusCode, 415);
    // Merge patch is only for PATCH.
    const mergeOnPost = await inject(
      'POST',
      '/api/v1/breaches',
      { ...auth, 'content-type': 'application/merge-patch+json' },
      '{}',
    );
    assert.equal(mergeOnPost.statusCode, 415);
    const json = await inject(
      'POST',
      '/api/v1/breaches',
      { ...auth, 'content-type': 'application/json' },
      '{}',
    );
    assert.equal(json.statusCode, 400, 'JSON is read, and its fields are checked');
  });

  test('/core/version-header, /core/no-trailing-slash and the security headers on every answer', async () => {
    const head = await inject('HEAD', '/api/v1/breaches');
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['api-version'], '1.1.0');
    const slash = await inject('GET', '/api/v1/breaches/');
    assert.equal(slash.statusCode, 404);
    assert.equal(slash.headers['api-version'], '1.1.0');
    for (const response of [head, slash]) {
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.match(String(response.headers['strict-transport-security']), /max-age=/);
      assert.ok(response.headers['cache-control']);
    }
  });
});
