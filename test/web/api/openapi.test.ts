import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { apiEndpoints } from '../../../src/web/routes/api/index.ts';
import { buildTestApp, testKnowledge, type TestApp } from '../../support/web.ts';
import { DocumentChecker } from './api-support.ts';

type Json = Record<string, unknown>;

/** Every property name in a JSON Schema, with its place. */
function propertyNames(schema: unknown, place: string, out: { name: string; place: string }[] = []) {
  if (Array.isArray(schema)) schema.forEach((item, i) => propertyNames(item, `${place}/${i}`, out));
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema as Json)) {
      if (key === 'properties' && value && typeof value === 'object')
        for (const name of Object.keys(value as Json)) out.push({ name, place });
      propertyNames(value, `${place}/${key}`, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: Json & {
    paths: Record<string, Record<string, Json>>;
    components: { schemas: Json; securitySchemes: Json };
  };
  before(async () => {
    t = await buildTestApp();
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    document = JSON.parse(response.body) as typeof document;
  });
  after(async () => {
    await t?.close();
  });

  test('is OpenAPI 3.1 with the API version, a bearer scheme and the server under /api/v1', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.equal((document.info as Json).version, '1.1.0');
    assert.deepEqual((document.servers as Json[])[0], { url: 'https://datalekwijzer.test/api/v1' });
    const schemes = document.components.securitySchemes;
    assert.deepEqual(schemes.bearerToken, {
      ...(schemes.bearerToken as Json),
      type: 'http',
      scheme: 'bearer',
    });
  });

  test('names resources in plural kebab-case with no trailing slash, and each operation once', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(document.paths)) {
      assert.match(path, /^(\/([a-z]+(-[a-z]+)*|\{[a-zA-Z]+\}|openapi\.json))+$/, path);
      for (const operation of Object.values(item)) {
        assert.ok(!ids.has(String(operation.operationId)), String(operation.operationId));
        ids.add(String(operation.operationId));
      }
    }
    assert.equal(ids.size, apiEndpoints({ knowledge: testKnowledge() }).length + 1);
  });

  test('uses camelCase field names everywhere except in the external HIBP record', () => {
    const { HibpBreach: _hibp, ...schemas } = document.components.schemas;
    const names = [...propertyNames(schemas, 'components'), ...propertyNames(document.paths, 'paths')].filter(
      (p) => !p.place.includes('import~1hibp') && !p.place.includes('/breaches/import/hibp'),
    );
    for (const { name, place } of names)
      assert.match(name, /^(_links|[a-z][a-zA-Z0-9]*)$/, `${name} at ${place}`);
  });

  test('documents problem+json for every error and the API-Version header on every response', () => {
    for (const item of Object.values(document.paths))
      for (const operation of Object.values(item))
        for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
          assert.ok((response.headers as Json)['API-Version'], `${String(operation.operationId)} ${status}`);
          if (Number(status) >= 400)
            assert.ok(
              (response.content as Json)['application/problem+json'],
              `${String(operation.operationId)} ${status}`,
            );
        }
  });

  test('every documented operation is a route of the app', () => {
    for (const [path, item] of Object.entries(document.paths))
      for (const method of Object.keys(item)) {
        const url = `/api/v1${path.replace(/\{([A-Za-z]+)\}/g, ':$1')}`;
        assert.ok(t.app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${url}`);
      }
  });

  test('the response check fails when a response drifts from the document', () => {
    const checker = new DocumentChecker(document);
    const fake = (body: unknown, status = 200): LightMyRequestResponse =>
      ({
        statusCode: status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'api-version': '1.1.0' },
        body: JSON.stringify(body),
      }) as unknown as LightMyRequestResponse;
    const page = {
      items: [],
      page: 1,
      pageSize: 20,
      totalCount: 0,
      pageCount: 0,
      _links: { self: { href: 'x' }, first: { href: 'x' }, last: { href: 'x' } },
    };
    checker.check('GET', '/api/v1/breaches', fake(page));
    assert.throws(() => checker.check('GET', '/api/v1/breaches', fake({ ...page, secret: 'extra field' })));
    assert.throws(() => checker.check('GET', '/api/v1/breaches', fake({ ...page, totalCount: '0' })));
    assert.throws(() => checker.check('GET', '/api/v1/breaches', fake(page, 418)));
  });
});
