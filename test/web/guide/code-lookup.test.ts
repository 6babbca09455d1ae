import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formatCode } from '../../../src/core/codes/index.ts';
import { buildGuideWorld, cookiesFrom } from '../../support/guide.ts';
import { buildTestApp, normalizeHtml, referencedUrls, type TestApp } from '../../support/web.ts';

let web: TestApp;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;
before(async () => {
  web = await buildTestApp();
  world = await buildGuideWorld(web.storage);
});
after(() => web.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
  payload: new URLSearchParams(fields).toString(),
});

/** Swaps a character of a code for another symbol, so the check character no longer fits. */
function withTypo(code: string): string {
  const first = code[0] === '3' ? '4' : '3';
  return first + code.slice(1);
}

async function openPlan(code: string, path = '/code') {
  const posted = await web.app.inject({ url: path, ...form({ code }) });
  return { posted, cookie: cookiesFrom(posted.headers['set-cookie']) };
}

describe('code form', () => {
  test('a valid code, typed in groups, leads with 303 to /mijn-plan and sets a short-lived HttpOnly cookie', async () => {
    const { posted } = await openPlan(formatCode(world.codes.confirmed.code, ' ').toLowerCase());
    assert.equal(posted.statusCode, 303);
    assert.equal(posted.headers.location, '/mijn-plan');
    const setCookie = String(posted.headers['set-cookie']);
    assert.match(setCookie, /^dlw_code=/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Lax/);
    assert.match(setCookie, /Secure/);
    assert.match(setCookie, /Max-Age=1800/);
    assert.ok(!setCookie.includes(world.codes.confirmed.code), 'the cookie holds no code');
  });

  test('the English form leads to the English personal page', async () => {
    const { posted } = await openPlan(world.codes.confirmed.code, '/en/code');
    assert.equal(posted.headers.location, '/en/mijn-plan');
  });

  test('a typing error gets the typing-error message and no cookie', async () => {
    const { posted } = await openPlan(withTypo(world.codes.confirmed.code));
    assert.equal(posted.statusCode, 400);
    assert.equal(posted.headers['set-cookie'], undefined);
    const page = normalizeHtml(posted.body);
    assert.match(page, /U heeft waarschijnlijk een typefout gemaakt in de code\./);
    assert.match(page, /href="#code">U heeft waarschijnlijk een typefout/);
    assert.ok(
      !posted.body.includes(withTypo(world.codes.confirmed.code)),
      'the typed code is not shown again',
    );
  });

  test('the English typing-error message says so in English', async () => {
    const { posted } = await openPlan(withTypo(world.codes.confirmed.code), '/en/code');
    assert.match(posted.body, /You probably made a typing error in the code\./);
  });

  test('a well-formed code that no letter carried gets a neutral message', async () => {
    const unknown = (await import('../../../src/core/codes/index.ts')).generateCode((size) =>
      new Uint8Array(size).fill(7),
    );
    const { posted } = await openPlan(unknown);
    assert.equal(posted.statusCode, 404);
    assert.equal(posted.headers['set-cookie'], undefined);
    assert.match(posted.body, /We kennen deze code niet/);
  });

  test('an empty form asks for the code', async () => {
    const { posted } = await openPlan('  ');
    assert.equal(posted.statusCode, 400);
    assert.match(posted.body, /Vul de code uit uw brief of e-mail in\./);
  });

  test('a form posted from another site is refused', async () => {
    const response = await web.app.inject({
      url: '/code',
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      payload: `code=${world.codes.confirmed.code}`,
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.headers['set-cookie'], undefined);
  });
});

describe('QR address /c/<CODE>', () => {
  test('redirects once (303) to an address without the code and sets the cookie', async () => {
    const response = await web.app.inject(`/c/${world.codes.confirmed.code}`);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/mijn-plan');
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.ok(!String(response.headers.location).includes(world.codes.confirmed.code));
    const next = await web.app.inject({
      url: '/mijn-plan',
      headers: { cookie: cookiesFrom(response.headers['set-cookie']) },
    });
    assert.equal(next.statusCode, 200);
    assert.equal(next.headers.location, undefined);
  });

  test('a wrong code in a QR address leads to the form with a QR-specific message, without the code in the address', async () => {
    const response = await web.app.inject(`/c/${withTypo(world.codes.confirmed.code)}`);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/code?fout=qr');
    const formPage = await web.app.inject(String(response.headers.location));
    assert.match(formPage.body, /De QR-code is niet goed gelezen, of de link is niet compleet\./);
    assert.doesNotMatch(formPage.body, /typefout/);
    assert.match(formPage.body, /id="error-summary"\s+autofocus/, 'the focus goes to the error summary');
  });

  test('an unknown code leads to the form with the neutral message', async () => {
    const unknown = (await import('../../../src/core/codes/index.ts')).generateCode((size) =>
      new Uint8Array(size).fill(9),
    );
    const response = await web.app.inject(`/c/${unknown}`);
    assert.equal(response.headers.location, '/code?fout=onbekend');
  });

  test('/c without a code leads to the form', async () => {
    const response = await web.app.inject('/c');
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/code');
  });
});

describe('personal page /mijn-plan', () => {
  test('without a cookie shows the code form', async () => {
    const response = await web.app.inject('/mijn-plan');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /name="code"/);
  });

  test('a forged cookie does not open a plan', async () => {
    const forged = `dlw_code=${world.codes.confirmed.codeHash}.9999999999.bad`;
    const response = await web.app.inject({ url: '/mijn-plan', headers: { cookie: forged } });
    assert.doesNotMatch(response.body, /Hack bij Laboratorium Noord/);
    assert.match(response.body, /Uw plan is gesloten/);
  });

  test('no link, form or script on the page holds the code or its hash', async () => {
    const { cookie } = await openPlan(world.codes.confirmed.code);
    const response = await web.app.inject({ url: '/mijn-plan', headers: { cookie } });
    assert.equal(response.statusCode, 200);
    assert.ok(!response.body.includes(world.codes.confirmed.code));
    assert.ok(!response.body.includes(world.codes.confirmed.codeHash));
    for (const { url } of referencedUrls(response.body)) {
      assert.ok(!url.includes(world.codes.confirmed.code), url);
    }
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
  });

  test('closing the plan removes the cookie', async () => {
    const response = await web.app.inject('/mijn-plan/sluiten');
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers['set-cookie']), /dlw_code=;/);
  });
});
