import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../support/web.ts';

let web: TestApp;
before(async () => {
  web = await buildTestApp({ env: { CODE_LOOKUP_LIMIT: '3' } });
});
after(() => web.close());

const post = (url: string, ip: string) =>
  web.app.inject({
    method: 'POST',
    url,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'code=ABCDEFGHJKMNPRTVWX',
  });

describe('rate limit on code look-ups', () => {
  test('the look-up after the limit gets a 429 page with a clear message and Retry-After', async () => {
    for (let i = 0; i < 3; i++) assert.notEqual((await post('/code', '10.0.0.1')).statusCode, 429);
    const limited = await post('/code', '10.0.0.1');
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(String(limited.headers['content-type']), /text\/html/);
    assert.match(limited.body, /Wacht een minuut en probeer het dan opnieuw\./);
  });

  test('another client is not limited by the first', async () => {
    assert.notEqual((await post('/code', '10.0.0.2')).statusCode, 429);
  });

  test('the QR address and the genuineness check are limited too', async () => {
    for (let i = 0; i < 3; i++)
      await web.app.inject({ url: '/c/ABCDEFGHJKMNPRTVWX', remoteAddress: '10.0.0.3' });
    assert.equal(
      (await web.app.inject({ url: '/c/ABCDEFGHJKMNPRTVWX', remoteAddress: '10.0.0.3' })).statusCode,
      429,
    );
    for (let i = 0; i < 3; i++) await post('/echt', '10.0.0.4');
    assert.equal((await post('/echt', '10.0.0.4')).statusCode, 429);
  });

  test('one budget per client across the code routes and both languages', async () => {
    const ip = '10.0.0.6';
    assert.notEqual((await post('/code', ip)).statusCode, 429);
    assert.notEqual((await post('/en/echt', ip)).statusCode, 429);
    assert.notEqual(
      (await web.app.inject({ url: '/en/c/ABCDEFGHJKMNPRTVWX', remoteAddress: ip })).statusCode,
      429,
    );
    const limited = await post('/en/code', ip);
    assert.equal(limited.statusCode, 429, 'the fourth look-up on any code route is over the budget');
    assert.match(limited.body, /Continue without a code/);
    assert.match(limited.body, /href="\/en\/zonder-code"/);
    assert.equal((await post('/echt', ip)).statusCode, 429);
  });

  test('the 429 page offers the way without a code and the helpline', async () => {
    const ip = '10.0.0.7';
    for (let i = 0; i < 3; i++) await post('/echt', ip);
    const limited = await post('/echt', ip);
    assert.equal(limited.statusCode, 429);
    assert.match(limited.body, /href="\/zonder-code"/);
    assert.match(limited.body, /Bel de organisatie die u de brief stuurde/);
  });

  test('reading the personal page itself is not a look-up and is not limited', async () => {
    for (let i = 0; i < 5; i++)
      assert.equal((await web.app.inject({ url: '/mijn-plan', remoteAddress: '10.0.0.5' })).statusCode, 200);
  });
});
