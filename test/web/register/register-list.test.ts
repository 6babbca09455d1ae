import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { unpublishBreach } from '../../../src/use-cases/unpublish-breach.ts';
import { testDatabases } from '../../support/databases.ts';
import { normalizeHtml } from '../../support/web.ts';
import { openRegisterWorld, textOf, type RegisterWorld } from './register-world.ts';

/** The slugs of the breaches listed on a register page, in order. */
function listedSlugs(body: string): string[] {
  return [
    ...normalizeHtml(body).matchAll(
      /<li class="dlw-register-item"><h3[^>]*><a class="nl-link" href="\/(?:en\/)?register\/([^"]+)"/g,
    ),
  ].map((m) => m[1] ?? '');
}

for (const engine of testDatabases) {
  describe(`the register list on ${engine.name}`, { skip: engine.skip }, () => {
    let world: RegisterWorld;
    let hospital: BreachRecord;
    let shop: BreachRecord;
    let telecom: BreachRecord;
    let draft: BreachRecord;
    let withdrawn: BreachRecord;
    const get = async (url: string) => world.app.inject(url);

    before(async () => {
      world = await openRegisterWorld(engine);
      hospital = await world.addBreach({
        title: { nl: 'Datalek bij het ziekenhuis', en: 'Data breach at the hospital' },
        sector: 'healthcare',
        discoveredOn: '2026-01-10',
        dataCategories: ['name', 'health_data'],
        peopleAffected: { count: 500, effectiveOn: '2026-01-10', reason: { nl: 'Telling.', en: 'Count.' } },
      });
      shop = await world.addBreach({
        title: { nl: 'Lek in de webwinkel', en: 'Leak in the web shop' },
        sector: 'retail',
        discoveredOn: '2025-06-01',
        dataCategories: ['name', 'email', 'iban'],
        peopleAffected: {
          count: 50_000,
          effectiveOn: '2025-06-01',
          reason: { nl: 'Telling.', en: 'Count.' },
        },
      });
      telecom = await world.addBreach({
        title: { nl: 'Hack bij een telecombedrijf', en: 'Hack at a telecom company' },
        sector: 'telecom',
        discoveredOn: '2024-03-01',
        dataCategories: ['name', 'phone'],
        peopleAffected: {
          count: 2_000_000,
          effectiveOn: '2024-03-01',
          reason: { nl: 'Telling.', en: 'Count.' },
        },
      });
      draft = await world.addBreach(
        { title: { nl: 'Geheim concept ziekenhuis', en: 'Secret draft hospital' }, sector: 'healthcare' },
        { publish: false },
      );
      const published = await world.addBreach({
        title: { nl: 'Teruggetrokken ziekenhuislek', en: 'Withdrawn hospital leak' },
        sector: 'healthcare',
      });
      withdrawn = await unpublishBreach(world.deps, {
        actor: systemActor,
        breachId: published.id,
        expectedVersion: published.version,
      });
    });
    after(() => world.close());

    test('lists every published breach, newest first, and says how many there are', async () => {
      const response = await get('/register');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(listedSlugs(response.body), [hospital.slug, shop.slug, telecom.slug]);
      assert.match(
        normalizeHtml(response.body),
        /<p class="nl-paragraph" role="status">3 datalekken gevonden<\/p>/,
      );
    });

    test('never lists a draft or an unpublished breach, whatever the filters', async () => {
      for (const url of [
        '/register',
        '/register?q=ziekenhuis',
        '/register?sector=healthcare',
        '/en/register?sort=updated',
      ]) {
        const body = (await get(url)).body;
        assert.ok(!body.includes(draft.slug) && !body.includes('Geheim concept'), url);
        assert.ok(!body.includes(withdrawn.slug) && !body.includes('Teruggetrokken'), url);
      }
    });

    test('searches titles and organisation names', async () => {
      assert.deepEqual(listedSlugs((await get('/register?q=webwinkel')).body), [shop.slug]);
      assert.deepEqual(listedSlugs((await get('/register?q=zorggroep+voorbeeld')).body).length, 3);
    });

    test('filters by sector', async () => {
      assert.deepEqual(listedSlugs((await get('/register?sector=telecom')).body), [telecom.slug]);
    });

    test('filters by a date range on the day of discovery, both ends included', async () => {
      const body = (await get('/register?from=2025-06-01&to=2026-01-10')).body;
      assert.deepEqual(listedSlugs(body), [hospital.slug, shop.slug]);
    });

    test('filters by size band', async () => {
      assert.deepEqual(listedSlugs((await get('/register?size=small')).body), [hospital.slug]);
      assert.deepEqual(listedSlugs((await get('/register?size=medium')).body), [shop.slug]);
      assert.deepEqual(listedSlugs((await get('/register?size=huge')).body), [telecom.slug]);
    });

    test('filters by kinds of data, every chosen kind required', async () => {
      assert.deepEqual(listedSlugs((await get('/register?data=name&data=iban')).body), [shop.slug]);
      assert.deepEqual(listedSlugs((await get('/register?data=phone')).body), [telecom.slug]);
    });

    test('sorts by the number of people affected', async () => {
      assert.deepEqual(listedSlugs((await get('/register?sort=largest')).body), [
        telecom.slug,
        shop.slug,
        hospital.slug,
      ]);
      assert.deepEqual(listedSlugs((await get('/register?sort=oldest')).body), [
        telecom.slug,
        shop.slug,
        hospital.slug,
      ]);
    });

    test('keeps the chosen filters filled in on the form', async () => {
      const body = normalizeHtml((await get('/register?sector=retail&data=iban&q=winkel')).body);
      assert.match(body, /<option value="retail" selected>/);
      assert.match(body, /id="register-data-iban" name="data" value="iban" checked/);
      assert.match(body, /name="q" value="winkel"/);
    });

    test('shows a clear empty state when nothing matches', async () => {
      const response = await get('/register?q=bestaatniet');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(listedSlugs(response.body), []);
      assert.match(textOf(response.body), /Geen datalekken gevonden/);
      assert.match(textOf(response.body), /Er zijn geen datalekken die passen bij uw zoekopdracht/);
    });

    test('names wrong filter values in an error summary and still lists with the others', async () => {
      const response = await get(
        '/register?from=gisteren&sector=ruimtevaart&size=enorm&data=onbekend&sector=telecom',
      );
      assert.equal(response.statusCode, 200);
      const body = normalizeHtml(response.body);
      assert.match(body, /<title>Fout: Register van datalekken/);
      for (const field of ['register-from', 'register-sector', 'register-size', 'register-data'])
        assert.match(body, new RegExp(`<a class="nl-link" href="#${field}">`), field);
      assert.equal(listedSlugs(response.body).length, 3);
    });

    test('serves the English register at /en/register with links to English pages', async () => {
      const response = await get('/en/register?sector=healthcare');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /<html lang="en">/);
      assert.match(textOf(response.body), /1 data breach found/);
      assert.match(response.body, new RegExp(`href="/en/register/${hospital.slug}"`));
    });

    test('announces the Atom feed in the head of the register page', async () => {
      const body = normalizeHtml((await get('/register')).body);
      assert.match(
        body,
        /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/register\/feed.atom">/,
      );
    });
  });
}

describe('the register pages', () => {
  let world: RegisterWorld;
  const sqlite = testDatabases.find((d) => d.name === 'sqlite');
  before(async () => {
    assert.ok(sqlite);
    world = await openRegisterWorld(sqlite);
    for (let n = 1; n <= 23; n += 1)
      await world.addBreach({ discoveredOn: `2025-01-${String(n).padStart(2, '0')}` });
  });
  after(() => world.close());

  test('says "Pagina 2 van 3" as text and links to the pages before and after', async () => {
    const body = normalizeHtml((await world.app.inject('/register?page=2&sector=retail')).body);
    assert.match(body, /<p class="nl-paragraph">Pagina 2 van 3<\/p>/);
    assert.match(body, /rel="prev" href="\/register\?sector=retail">Vorige pagina<\/a>/);
    assert.match(body, /rel="next" href="\/register\?sector=retail&amp;page=3">Volgende pagina<\/a>/);
    assert.match(body, /aria-current="page" href="\/register\?sector=retail&amp;page=2">/);
    assert.equal(listedSlugs(body).length, 10);
  });

  test('shows the last three breaches on the last page and no next link', async () => {
    const body = normalizeHtml((await world.app.inject('/register?page=3')).body);
    assert.equal(listedSlugs(body).length, 3);
    assert.doesNotMatch(body, /rel="next"/);
  });

  test('lists each breach once across all pages', async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3])
      seen.push(...listedSlugs((await world.app.inject(`/register?page=${page}`)).body));
    assert.equal(new Set(seen).size, 23);
  });

  test('says a page past the end is empty, without an error', async () => {
    const response = await world.app.inject('/register?page=9');
    assert.equal(response.statusCode, 200);
    assert.match(textOf(response.body), /Deze pagina is leeg/);
  });
});
