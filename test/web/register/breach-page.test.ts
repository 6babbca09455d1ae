import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { reviseAffectedCount } from '../../../src/use-cases/revise-affected-count.ts';
import { testDatabases } from '../../support/databases.ts';
import { normalizeHtml } from '../../support/web.ts';
import {
  buildKamervragenSet,
  linkSet,
  openRegisterWorld,
  textOf,
  type RegisterWorld,
} from './register-world.ts';

const hostile = '<script>alert("x")</script> & \'quoted\'';

for (const engine of testDatabases) {
  describe(`a breach's public page on ${engine.name}`, { skip: engine.skip }, () => {
    let world: RegisterWorld;
    let breach: BreachRecord;
    let page: string;
    let text: string;

    before(async () => {
      world = await openRegisterWorld(engine);
      const registered = await world.addBreach(
        {
          title: { nl: 'Lek bij de zorggroep', en: 'Leak at the care group' },
          occurredOn: null,
          discoveredOn: '2026-02-01',
          authorityNotifiedOn: '2026-02-03',
          victimsNotifiedOn: '2026-02-20',
          announcedOn: '2026-02',
          helpline: {
            phone: '0800-1234',
            hours: { nl: 'Werkdagen 9-17 uur', en: 'Working days 9-17' },
            url: 'https://zorg.example/lek',
          },
          sources: [
            {
              title: 'Nieuwsbericht van de zorggroep',
              url: 'https://zorg.example/nieuws',
              kind: 'organisation',
            },
            { title: 'Kamerbrief zonder adres', url: null, kind: 'parliament' },
          ],
          questions: [
            {
              question: { nl: 'Moet ik iets doen?', en: 'Must I act?' },
              answer: { nl: 'Let op nepmails.', en: 'Watch for fake mails.' },
            },
          ],
        },
        {
          publish: false,
          updates: [
            {
              publishedOn: '2026-02-10',
              text: { nl: 'Alle brieven zijn verstuurd.', en: 'All letters sent.' },
            },
          ],
        },
      );
      const revised = await reviseAffectedCount(world.deps, {
        actor: systemActor,
        breachId: registered.id,
        expectedVersion: registered.version,
        count: 4_800,
        effectiveOn: '2026-02-15',
        reason: { nl: 'Meer bestanden gevonden.', en: 'More files found.' },
      });
      const { publishBreach } = await import('../../../src/use-cases/publish-breach.ts');
      breach = await publishBreach(world.deps, {
        actor: systemActor,
        breachId: registered.id,
        expectedVersion: revised.breach.version,
      });
      await linkSet(world, buildKamervragenSet(), breach.id);
      const response = await world.app.inject(`/register/${breach.slug}`);
      assert.equal(response.statusCode, 200);
      page = normalizeHtml(response.body);
      text = textOf(response.body);
    });
    after(() => world.close());

    test('shows the title, the organisation in its role and the status', () => {
      assert.match(page, /<h1 class="nl-heading nl-heading--level-1">Lek bij de zorggroep<\/h1>/);
      assert.match(
        text,
        /Zorggroep Voorbeeld — verantwoordelijk voor de gegevens \(verwerkingsverantwoordelijke\)/,
      );
      assert.match(text, /Gepubliceerd/);
    });

    test('lists the timeline in date order, a month-only date after the events that must precede it, and the unknown start last', () => {
      const order = [
        'Het lek werd ontdekt',
        'Melding aan de Autoriteit Persoonsgegevens',
        'Nieuws: Alle brieven zijn verstuurd.',
        'De eerste getroffenen kregen bericht',
        'Het lek werd openbaar gemaakt',
        'Het lek begon',
      ].map((label) => text.indexOf(label));
      assert.ok(
        order.every((at) => at >= 0),
        String(order),
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
      );
      assert.match(text, /1 februari 2026 — Het lek werd ontdekt/);
      assert.match(text, /februari 2026 — Het lek werd openbaar gemaakt/);
      assert.match(text, /Niet bekend of en wanneer — Het lek begon/);
    });

    test('shows how many days it took to tell the authority and the people, next to the cited AP finding', () => {
      assert.match(text, /Van ontdekken tot melden aan de Autoriteit Persoonsgegevens 2 dagen/);
      assert.match(text, /Van ontdekken tot de eerste getroffenen informeren 19 dagen/);
      assert.match(text, /gemiddeld meer dan drie weken/);
      assert.match(page, /<a class="nl-link" href="https:\/\/www.security.nl\/posting\/856804">/);
    });

    test('shows the count history as a table with a reason for each revision, oldest first', () => {
      const table =
        /<caption class="utrecht-table__caption">Aantal getroffen mensen[\s\S]*?<\/table>/.exec(page)?.[0] ??
        '';
      const rows = [
        ...table.matchAll(
          /<tr class="utrecht-table__row"><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/g,
        ),
      ].map((m) => [m[1], m[2], m[3]]);
      assert.deepEqual(rows, [
        ['1 februari 2026', '1.200', 'Eerste telling.'],
        ['15 februari 2026', '4.800', 'Meer bestanden gevonden.'],
      ]);
    });

    test('draws the count history as an SVG chart whose title and description say the change in words', () => {
      const chart = /<figure class="dlw-chart">[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
      assert.match(
        chart,
        /<svg class="dlw-chart__svg" viewBox="0 0 600 220" role="img" aria-labelledby="telling-grafiek-titel telling-grafiek-uitleg"/,
      );
      assert.match(
        chart,
        /<desc id="telling-grafiek-uitleg">Het aantal getroffen mensen ging van 1\.200 op 1 februari 2026 naar 4\.800 op 15 februari 2026\./,
      );
      assert.doesNotMatch(chart, /<script|style=/);
    });

    test('shows recipient groups with certainty and count, kinds of data by name, measures and helpline', () => {
      assert.match(text, /Klanten Zeker 1\.200/);
      assert.match(text, /Welke gegevens zijn gelekt E-mailadres Naam|Welke gegevens zijn gelekt .*Naam/);
      assert.match(text, /Wachtwoorden gewijzigd\./);
      assert.match(page, /<a class="nl-link" href="tel:08001234">0800-1234<\/a>/);
      assert.match(text, /Werkdagen 9-17 uur/);
      assert.match(page, /<a class="nl-link" href="https:\/\/zorg.example\/lek">/);
      assert.match(text, /Moet ik iets doen\? Let op nepmails\./);
    });

    test('links sources that have an address and names the others as text', () => {
      assert.match(
        page,
        /<a class="nl-link" href="https:\/\/zorg.example\/nieuws">Nieuwsbericht van de zorggroep<\/a>/,
      );
      assert.match(text, /Kamerbrief zonder adres \(Tweede Kamer\)/);
      assert.doesNotMatch(page, /<a[^>]*>Kamerbrief zonder adres/);
    });

    test('links to the plan with this breach’s kinds of data ticked, and the plan page accepts it', async () => {
      const href = /<a class="nl-link" href="(\/plan\?[^"]+)">Wat betekent dit voor mij\?<\/a>/.exec(
        page,
      )?.[1];
      assert.ok(href);
      const url = href.replace(/&amp;/g, '&');
      assert.equal(url, '/plan?data=email&data=name&certainty=possibly&published=unknown&change=1');
      const plan = normalizeHtml((await world.app.inject(url)).body);
      assert.match(plan, /id="data-email" name="data" value="email" checked/);
      assert.match(plan, /id="data-name" name="data" value="name" checked/);
      assert.doesNotMatch(plan, /id="data-iban" name="data" value="iban" checked/);
    });

    test('shows linked Kamervragen as numbered questions and answers, with in-page "see answer" links and footnotes', () => {
      assert.match(text, /Het datalek bij Zorggroep Voorbeeld/);
      assert.match(text, /Gesteld door Anna de Vries \(Partij A\)/);
      assert.match(text, /Beantwoord door Jansen \(minister van Volksgezondheid\)/);
      assert.match(page, /<li class="dlw-qa" id="kv1-vraag-1"><h4[^>]*>Vraag 1<\/h4>/);
      assert.match(
        text,
        /Bent u bekend met de datalekken bij ziekenhuizen\? voetnoot 1 Antwoord: Ja\. De getroffen patiënten krijgen een brief\./,
      );
      assert.match(page, /Zie het antwoord op ?<a class="nl-link" href="#kv1-vraag-1">Vraag 1<\/a>/);
      assert.match(text, /Komt er een onderzoek\? voetnoot 2 Antwoord: Nog geen antwoord\./);
      assert.match(page, /href="\/kamervragen\/kv-[0-9a-f]+"/);
    });

    test('serves the English page with English texts and the Dutch questions as they are', async () => {
      const english = textOf((await world.app.inject(`/en/register/${breach.slug}`)).body);
      assert.match(english, /Leak at the care group/);
      assert.match(english, /From discovery to informing the first people affected 19 days/);
      assert.match(english, /Question 1/);
    });
  });
}

describe('public breach pages and privacy', () => {
  let world: RegisterWorld;
  const sqlite = testDatabases.find((d) => d.name === 'sqlite');
  before(async () => {
    assert.ok(sqlite);
    world = await openRegisterWorld(sqlite);
  });
  after(() => world.close());

  test('does not claim the data is ticked on the plan when the breach names no kinds of data', async () => {
    const breach = await world.addBreach({
      title: { nl: 'Lek zonder gegevens', en: 'Leak without data' },
      dataCategories: [],
    });
    const page = normalizeHtml((await world.app.inject(`/register/${breach.slug}`)).body);
    assert.match(page, /<a class="nl-link" href="\/plan">Wat betekent dit voor mij\?<\/a>/);
    assert.doesNotMatch(page, /al aangevinkt/);
    assert.match(page, /nog niet bekend\. Kies zelf wat u weet/);
  });

  test('draws no chart for a breach with a single count', async () => {
    const breach = await world.addBreach();
    const body = (await world.app.inject(`/register/${breach.slug}`)).body;
    assert.doesNotMatch(body, /<svg/);
    assert.match(body, /<caption class="utrecht-table__caption">/);
  });

  test('answers 404 for a draft, as for a slug that does not exist', async () => {
    const draft = await world.addBreach({ title: { nl: 'Concept', en: 'Draft' } }, { publish: false });
    for (const url of [`/register/${draft.slug}`, `/en/register/${draft.slug}`, '/register/bestaat-niet']) {
      const response = await world.app.inject(url);
      assert.equal(response.statusCode, 404, url);
      assert.doesNotMatch(response.body, /Concept/);
    }
  });

  test('escapes a hostile title and description everywhere on the page', async () => {
    const breach = await world.addBreach({
      title: { nl: hostile, en: hostile },
      description: { nl: `Uitleg ${hostile}`, en: `Text ${hostile}` },
    });
    const body = (await world.app.inject(`/register/${breach.slug}`)).body;
    assert.doesNotMatch(body, /<script>alert/);
    assert.match(body, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;quoted&#39;/);
    const list = (await world.app.inject('/register')).body;
    assert.doesNotMatch(list, /<script>alert/);
  });

  test('names a processor and how fast it told the controller', async () => {
    const { createOrganisation } = await import('../../../src/use-cases/create-organisation.ts');
    const lab = await createOrganisation(world.deps, {
      actor: systemActor,
      name: 'Lab B.V.',
      kind: 'healthcare',
      sector: 'healthcare',
      website: null,
    });
    const breach = await world.addBreach({
      otherParties: [{ organisationId: lab.id, role: 'processor' }],
      discoveredOn: '2025-07-06',
      processorNotifiedControllerOn: '2025-08-06',
      authorityNotifiedOn: null,
      victimsNotifiedOn: '2025-08',
    });
    const text = textOf((await world.app.inject(`/register/${breach.slug}`)).body);
    assert.match(text, /Lab B\.V\. — werkte met de gegevens voor een ander \(verwerker\)/);
    assert.match(text, /Van ontdekken tot melden aan de opdrachtgever 31 dagen/);
    assert.match(text, /Van ontdekken tot melden aan de Autoriteit Persoonsgegevens Onbekend/);
    assert.match(text, /Van ontdekken tot de eerste getroffenen informeren Onbekend/);
    assert.match(text, /6 augustus 2025 — De verwerker meldde het lek aan de opdrachtgever/);
  });
});
