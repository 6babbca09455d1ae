import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateCode } from '../../../src/core/codes/index.ts';
import { buildGuideWorld } from '../../support/guide.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../../support/web.ts';

let web: TestApp;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;
before(async () => {
  web = await buildTestApp();
  world = await buildGuideWorld(web.storage);
});
after(() => web.close());

async function check(code: string, path = '/echt') {
  const response = await web.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `code=${encodeURIComponent(code)}`,
  });
  return { response, page: normalizeHtml(response.body) };
}

describe('is this message genuine?', () => {
  test('a real code names the breach, the organisation and the dates of the messages', async () => {
    const { response, page } = await check(world.codes.confirmed.code);
    assert.equal(response.statusCode, 200);
    assert.match(page, /Deze code hoort bij een echte melding/);
    assert.match(
      page,
      /De code hoort bij een bericht van Laboratorium Noord over: Hack bij Laboratorium Noord\./,
    );
    assert.match(page, /20 februari 2026/);
    assert.match(page, /10 maart 2026/);
  });

  test('a real code reveals nothing personal: no data, certainty or history text, and sets no cookie', async () => {
    const { response, page } = await check(world.codes.confirmed.code);
    assert.equal(response.headers['set-cookie'], undefined);
    assert.doesNotMatch(page, /BSN|Uitslag van een medisch onderzoek|Zeker gelekt|Ook uw BSN zat erin/);
  });

  test('a fake code says the message may be fake and how to report phishing', async () => {
    const fake = generateCode((size) => new Uint8Array(size).fill(11));
    const { response, page } = await check(fake);
    assert.equal(response.statusCode, 200);
    assert.match(page, /We kennen deze code niet/);
    assert.match(page, /Misschien is het bericht nep\./);
    assert.match(
      page,
      /Meld het bij de Fraudehelpdesk: ?<a class="nl-link" href="https:\/\/www\.fraudehelpdesk\.nl">/,
    );
    assert.doesNotMatch(page, /Laboratorium Noord/);
  });

  test('every answer, found or not, lists what the organisation will never ask', async () => {
    for (const code of [world.codes.confirmed.code, generateCode((size) => new Uint8Array(size).fill(12))]) {
      const { page } = await check(code);
      assert.match(page, /Dit vraagt de organisatie nooit/);
      assert.match(page, /uw wachtwoord of een inlogcode;/);
      assert.match(page, /uw pincode;/);
      assert.match(page, /om geld te betalen of over te maken;/);
      assert.match(page, /om een app of programma te installeren;/);
      assert.match(page, /Gebruik nooit het nummer of de link uit het bericht\./);
    }
  });

  test('the form page without a code shows the advice too', async () => {
    const response = await web.app.inject('/echt');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Dit vraagt de organisatie nooit/);
    assert.match(response.body, /<form method="post" action="\/echt" novalidate>/);
  });

  test('a typing error is reported as one', async () => {
    const code = world.codes.confirmed.code;
    const { response, page } = await check(`${code.slice(0, 5)}${code[6]}${code[5]}${code.slice(7)}`);
    if (code[5] === code[6]) return;
    assert.equal(response.statusCode, 400);
    assert.match(page, /U heeft waarschijnlijk een typefout gemaakt in de code\./);
  });

  test('the English address /en/genuine leads to the English check', async () => {
    const response = await web.app.inject('/en/genuine');
    assert.equal(response.statusCode, 301);
    assert.equal(response.headers.location, '/en/echt');
    const { page } = await check(world.codes.confirmed.code, '/en/echt');
    assert.match(page, /This code belongs to a real notification/);
    assert.match(page, /What the organisation will never ask/);
  });
});
