import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { apiVersion } from '../../../src/web/openapi/document.ts';
import { buildTestApp, type TestApp } from '../../support/web.ts';

type Json = Record<string, unknown>;

/**
 * The NLGov REST API Design Rules that a machine can check, against the served OpenAPI document
 * and live responses. The document checks mirror the rules of Logius' Spectral ruleset for the
 * core rules (`https://developer.overheid.nl/static/adr/ruleset.yaml`, rule names kept below:
 * missing-version-header, missing-header, include-major-version-in-uri, paths-no-trailing-slash,
 * info-contact, info-contact-fields-exist, http-methods, semver, info-version, paths-kebab-case,
 * schema-camel-case, servers-use-https, use-problem-schema, property-casing). Spectral itself
 * and that ruleset are fetched from the network, which the test run does not have; see
 * docs/api.md for the table of every core rule.
 */

const contactEmail = 'api@datalekwijzer.test';

/** Every `[place, value]` under `node` whose key is `key`. */
function findAll(
  node: unknown,
  key: string,
  place = '$',
  out: [string, unknown][] = [],
): [string, unknown][] {
  if (Array.isArray(node)) node.forEach((item, i) => findAll(item, key, `${place}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === key) out.push([`${place}.${k}`, v]);
      findAll(v, key, `${place}.${k}`, out);
    }
  return out;
}

describe('NLGov API Design Rules: the OpenAPI document (Logius Spectral ruleset, mirrored)', () => {
  let t: TestApp;
  let doc: Json & { info: Json; paths: Record<string, Record<string, Json>>; components: Json };
  before(async () => {
    t = await buildTestApp({ env: { API_CONTACT_EMAIL: contactEmail } });
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    doc = JSON.parse(response.body) as typeof doc;
  });
  after(async () => {
    await t?.close();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );

  test('missing-version-header / missing-header: every 2xx and 3xx response documents API-Version', () => {
    for (const { path, method, op } of operations())
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (!/^[23]\d\d$/.test(status)) continue;
        assert.ok(response.headers, `${method} ${path} ${status}: headers`);
        assert.ok((response.headers as Json)['API-Version'], `${method} ${path} ${status}: API-Version`);
      }
  });

  test('include-major-version-in-uri and servers-use-https', () => {
    for (const server of doc.servers as { url: string }[]) {
      assert.match(server.url, /\/v\d+/);
      assert.match(server.url, /^https:\/\//);
    }
  });

  test('paths-no-trailing-slash and paths-kebab-case', () => {
    for (const path of Object.keys(doc.paths)) {
      assert.doesNotMatch(path, /.+\/$/, path);
      if (path === '/openapi.json') continue;
      assert.match(
        path,
        /^(\/|(\/_[a-z]+|\/(([a-z-]+|\{[a-zA-Z]+\})(\/([a-z.-]+|\{[a-zA-Z]+\}))*)(\/_[a-z]+)?))$/,
        path,
      );
    }
  });

  test('info-contact and info-contact-fields-exist: name, url and email', () => {
    const contact = doc.info.contact as Json;
    assert.equal(contact.email, contactEmail);
    assert.equal(typeof contact.name, 'string');
    assert.match(String(contact.url), /^https:\/\//);
  });

  test('http-methods: path items hold only standard methods', () => {
    for (const [path, item] of Object.entries(doc.paths))
      for (const key of Object.keys(item))
        assert.match(key, /^(get|put|post|delete|patch|parameters|summary|description)$/, `${path} ${key}`);
  });

  test('semver and info-version: the document and the API-Version header carry the same semantic version', () => {
    assert.match(
      String(doc.info.version),
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/,
    );
    assert.equal(doc.info.version, apiVersion);
  });

  test('schema-camel-case: component schema names are PascalCase', () => {
    for (const name of Object.keys(doc.components.schemas as Json))
      assert.match(name, /^[A-Z][A-Za-z0-9]*$/, name);
  });

  test('use-problem-schema: every 4xx and 5xx response is application/problem+json', () => {
    for (const { path, method, op } of operations())
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (!/^[45]\d\d$/.test(status)) continue;
        const content = (response.content ?? {}) as Json;
        assert.ok(content['application/problem+json'], `${method} ${path} ${status}`);
      }
  });

  test('property-casing: lowerCamelCase, except HAL `_links` and the external HIBP record', () => {
    const { HibpBreach: _h, HibpImportResult: _r, ...schemas } = doc.components.schemas as Json;
    const places = [...findAll(schemas, 'properties'), ...findAll(doc.paths, 'properties')].filter(
      ([place]) => !place.includes('/breaches/import/hibp'),
    );
    for (const [place, properties] of places)
      for (const name of Object.keys(properties as Json))
        assert.match(name, /^(_links|[a-z][a-zA-Z0-9]*)$/, `${name} at ${place}`);
  });

  test('date-time fields say `format: date-time`', () => {
    const places = [...findAll(doc.components.schemas, 'properties')];
    let seen = 0;
    for (const [place, properties] of places)
      for (const [name, schema] of Object.entries(properties as Record<string, Json>)) {
        if (!/(At|edAt)$/.test(name)) continue;
        seen += 1;
        const variants = (schema.anyOf as Json[] | undefined) ?? [schema];
        assert.ok(
          variants.some((v) => v.format === 'date-time'),
          `${name} at ${place}: ${JSON.stringify(schema)}`,
        );
      }
    assert.ok(seen >= 5, 'createdAt, updatedAt, recordedAt, occurredAt and firstPublishedAt are checked');
  });

  test('/core/changelog: CHANGELOG.md names the current version first', () => {
    const changelog = readFileSync(new URL('../../../CHANGELOG.md', import.meta.url), 'utf8');
    const first = /^## \[?(\d+\.\d+\.\d+)\]?/m.exec(changelog)?.[1];
    assert.equal(first, apiVersion);
  });

  test('/core/transport/no-sensitive-uris: no token, key or password is taken in a URL', () => {
    for (const { path, method, op } of operations())
      for (const parameter of (op.parameters ?? []) as Json[])
        assert.doesNotMatch(String(parameter.name ?? ''), /token|key|secret|password/i, `${method} ${path}`);
  });
});
