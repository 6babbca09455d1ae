import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { z } from 'zod';
import { AppError } from '../../src/errors/catalogue.ts';
import { rateLimits } from '../../src/web/rate-limit.ts';
import { contentSecurityPolicy } from '../../src/web/security-headers.ts';
import { parseInput } from '../../src/web/validate.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../support/web.ts';

let web: TestApp;

before(async () => {
  web = await buildTestApp({
    extend(app) {
      app.get('/api/v1/test-items', async (request) => {
        const query = parseInput(
          z.object({
            size: z.coerce.number().int().min(1, 'expected at least 1'),
            sort: z.enum(['name', 'date']),
          }),
          request.query,
        );
        return query;
      });
      app.get('/api/v1/test-crash', async () => {
        throw new Error('secret internal detail at /srv/app.ts:12');
      });
      app.get('/test-crash', async () => {
        throw new Error('secret internal detail at /srv/app.ts:12');
      });
      app.get('/test-forbidden', async () => {
        throw new AppError('forbidden');
      });
      app.get(
        '/test-limited',
        { config: { rateLimit: { ...rateLimits.codeLookup, max: 1 } } },
        async () => 'ok',
      );
      app.get(
        '/api/v1/test-limited',
        { config: { rateLimit: { max: 1, timeWindow: '1 minute' } } },
        async () => ({
          ok: true,
        }),
      );
    },
  });
});
after(() => web.close());

describe('security headers', () => {
  test('every kind of response carries the strict CSP and the other security headers', async () => {
    const css = normalizeHtml((await web.app.inject('/')).body).match(
      /href="(\/assets\/site\.[0-9a-f]+\.css)"/,
    )?.[1];
    assert.ok(css, 'the home page links the stylesheet');
    for (const url of [
      '/',
      '/en/plan',
      '/does-not-exist',
      '/api/v1/nothing',
      '/health',
      css,
      '/test-crash',
    ]) {
      const response = await web.app.inject(url);
      assert.equal(response.headers['content-security-policy'], contentSecurityPolicy, url);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.match(String(response.headers['permissions-policy']), /camera=\(\)/, url);
      assert.match(String(response.headers['strict-transport-security']), /max-age=\d+/, url);
    }
  });

  test('the CSP allows nothing from other origins and no inline code', () => {
    for (const directive of [
      "default-src 'none'",
      "style-src 'self'",
      "script-src 'self'",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]) {
      assert.ok(contentSecurityPolicy.includes(directive), directive);
    }
    assert.doesNotMatch(contentSecurityPolicy, /unsafe-inline|unsafe-eval|https?:/);
  });

  test('sends no HSTS header when the site is served over plain http', async () => {
    const plain = await buildTestApp({ env: { BASE_URL: 'http://localhost:3000' } });
    try {
      const response = await plain.app.inject('/');
      assert.equal(response.headers['strict-transport-security'], undefined);
    } finally {
      await plain.close();
    }
  });

  test('public pages set no cookie', async () => {
    for (const url of ['/', '/plan', '/plan?data=email&certainty=confirmed&published=no', '/privacy']) {
      assert.equal((await web.app.inject(url)).headers['set-cookie'], undefined, url);
    }
  });
});

describe('errors as problem+json under /api', () => {
  test('an unknown API path gives a 404 problem with type, title, status, detail and instance', async () => {
    const response = await web.app.inject({
      url: '/api/v1/nothing?secret=1',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(response.json(), {
      type: 'urn:datalekwijzer:problem:not_found',
      title: 'This page or item does not exist.',
      status: 404,
      detail: 'This page or item does not exist.',
      instance: '/api/v1/nothing',
      code: 'not_found',
    });
  });

  test('a validation error lists every wrong field in invalidParams with name and reason', async () => {
    const response = await web.app.inject('/api/v1/test-items?size=0&sort=colour');
    assert.equal(response.statusCode, 400);
    const problem = response.json();
    assert.equal(problem.status, 400);
    assert.equal(problem.code, 'validation_failed');
    assert.equal(problem.title, 'Niet alle gegevens zijn goed ingevuld.');
    assert.deepEqual(
      problem.invalidParams.map((param: { name: string }) => param.name),
      ['size', 'sort'],
    );
    for (const param of problem.invalidParams) assert.ok(param.reason.length > 0);
  });

  test('an unexpected failure gives a 500 problem without the internal message or a stack trace', async () => {
    const response = await web.app.inject('/api/v1/test-crash');
    assert.equal(response.statusCode, 500);
    assert.equal(response.json().code, 'internal');
    assert.doesNotMatch(response.body, /secret internal detail|\/srv\/app\.ts|at /);
  });
});

describe('error pages', () => {
  test('a missing page is an HTML 404 page with the translated title in its language', async () => {
    const dutch = await web.app.inject('/bestaat-niet');
    assert.equal(dutch.statusCode, 404);
    assert.match(String(dutch.headers['content-type']), /^text\/html/);
    assert.match(normalizeHtml(dutch.body), /<html lang="nl">/);
    assert.match(normalizeHtml(dutch.body), /<h1[^>]*>Deze pagina of dit gegeven bestaat niet\.<\/h1>/);
    const english = await web.app.inject('/en/does-not-exist');
    assert.match(normalizeHtml(english.body), /<html lang="en">/);
    assert.match(normalizeHtml(english.body), /<h1[^>]*>This page or item does not exist\.<\/h1>/);
  });

  test('a crash is an HTML 500 page without internal details', async () => {
    const response = await web.app.inject('/test-crash');
    assert.equal(response.statusCode, 500);
    assert.match(normalizeHtml(response.body), /Er ging iets mis bij ons/);
    assert.doesNotMatch(response.body, /secret internal detail|\/srv\/app\.ts/);
  });

  test('an AppError from a route becomes the page for its catalogue code', async () => {
    const response = await web.app.inject('/test-forbidden');
    assert.equal(response.statusCode, 403);
    assert.match(normalizeHtml(response.body), /U mag dit niet zien of wijzigen\./);
  });
});

describe('rate limiting', () => {
  test('over the limit a page gets a translated 429 page with Retry-After', async () => {
    assert.equal((await web.app.inject('/test-limited')).statusCode, 200);
    const limited = await web.app.inject('/test-limited');
    assert.equal(limited.statusCode, 429);
    assert.ok(limited.headers['retry-after']);
    assert.match(normalizeHtml(limited.body), /U heeft het te vaak geprobeerd/);
  });

  test('over the limit an API call gets a 429 problem', async () => {
    await web.app.inject('/api/v1/test-limited');
    const limited = await web.app.inject({
      url: '/api/v1/test-limited',
      headers: { 'accept-language': 'en' },
    });
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'rate_limited');
    assert.equal(limited.json().title, 'You have tried too often. Wait a moment and try again.');
  });

  test('routes that do not opt in are not limited', async () => {
    for (let index = 0; index < 40; index += 1)
      assert.equal((await web.app.inject('/health')).statusCode, 200);
  });
});

describe('health', () => {
  test('answers ok when the database answers', async () => {
    const response = await web.app.inject('/health');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { status: 'ok', database: 'ok' });
  });

  test('answers 503 when the database is closed', async () => {
    const broken = await buildTestApp();
    await broken.storage.close();
    try {
      const response = await broken.app.inject('/health');
      assert.equal(response.statusCode, 503);
      assert.equal(response.json().database, 'unavailable');
    } finally {
      await broken.app.close();
    }
  });
});
