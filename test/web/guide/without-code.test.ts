import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildGuideWorld } from '../../support/guide.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../../support/web.ts';

let web: TestApp;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;
before(async () => {
  web = await buildTestApp();
  world = await buildGuideWorld(web.storage);
});
after(() => web.close());

const get = async (query: string) => {
  const response = await web.app.inject(`/zonder-code${query}`);
  return { response, page: normalizeHtml(response.body) };
};

describe('the guide without a code', () => {
  test('step 1 lists the public breaches to choose from, with a search box', async () => {
    const { response, page } = await get('');
    assert.equal(response.statusCode, 200);
    assert.match(page, /Stap 1 van 2/);
    assert.match(page, new RegExp(`name="datalek" value="${world.breachA.slug}"`));
    assert.match(page, /Hack bij Laboratorium Noord \(Laboratorium Noord\)/);
    assert.match(page, /type="search" id="zoek" name="zoek"/);
    assert.match(page, /Staat het datalek er niet bij\? [^<]*<a class="nl-link" href="\/plan">/);
  });

  test('searching narrows the list', async () => {
    const { page } = await get('?zoek=Laboratorium');
    assert.match(page, /Hack bij Laboratorium Noord/);
    assert.doesNotMatch(page, new RegExp(`value="${world.breachB.slug}"`));
  });

  test('continuing without a choice shows an error', async () => {
    const { response, page } = await get('?stap=1');
    assert.equal(response.statusCode, 400);
    assert.match(page, /Kies een datalek uit de lijst\./);
  });

  test('step 2 offers only the breach’s own kinds of data and "I don\'t know"', async () => {
    const { page } = await get(`?stap=1&datalek=${world.breachA.slug}`);
    assert.match(page, /Stap 2 van 2/);
    for (const id of ['name', 'address', 'bsn', 'medical_test_result', 'email'])
      assert.match(page, new RegExp(`id="data-${id}" name="data" value="${id}"`));
    assert.doesNotMatch(page, /value="iban"/);
    assert.match(page, /id="data-unsure" name="data" value="weet-niet"/);
  });

  test('ticked data give a plan that names them as leaked', async () => {
    const { response, page } = await get(`?datalek=${world.breachA.slug}&data=email&data=name`);
    assert.equal(response.statusCode, 200);
    assert.match(page, /Deze gegevens van u zaten in het datalek:/);
    assert.match(page, /<strong>E-mailadres<\/strong>/);
    assert.doesNotMatch(
      page.slice(page.indexOf('id="gegevens"'), page.indexOf('id="betekenis"')),
      /<strong>BSN<\/strong>/,
    );
    assert.match(page, /U heeft het datalek en uw gegevens zelf gekozen\./);
    assert.doesNotMatch(page, /id="berichten"/, 'no message history without a code');
  });

  test('"I don\'t know" gives the breach’s whole list, worded as possibly affected', async () => {
    const { page } = await get(`?datalek=${world.breachA.slug}&data=weet-niet`);
    const data = page.slice(page.indexOf('id="gegevens"'), page.indexOf('id="betekenis"'));
    assert.match(data, /Misschien gelekt/);
    assert.match(data, /U weet niet welke gegevens van u zijn gelekt\./);
    for (const name of ['BSN', 'Naam', 'E-mailadres'])
      assert.match(data, new RegExp(`<strong>${name}</strong>`));
  });

  test('data the breach did not hold are refused', async () => {
    const { response, page } = await get(`?stap=2&datalek=${world.breachA.slug}&data=iban`);
    assert.equal(response.statusCode, 400);
    assert.match(page, /Kies minstens één soort gegevens/);
  });

  test('the plan links to its PDF and to the letters with the same choice', async () => {
    const { page } = await get(`?datalek=${world.breachA.slug}&data=email`);
    assert.match(page, new RegExp(`href="/zonder-code/pdf\\?datalek=${world.breachA.slug}&amp;data=email"`));
    assert.match(page, new RegExp(`href="/brieven\\?datalek=${world.breachA.slug}&amp;data=email"`));
    const pdf = await web.app.inject(`/zonder-code/pdf?datalek=${world.breachA.slug}&data=email`);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
  });
});
