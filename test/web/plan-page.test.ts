import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, normalizeHtml, referencedUrls, testKnowledge, type TestApp } from '../support/web.ts';

let web: TestApp;
before(async () => {
  web = await buildTestApp();
});
after(() => web.close());

/** A plan query from answers, as the form would send it. */
function buildPlanQuery(answers: { data?: string[]; certainty?: string; published?: string } = {}): string {
  const params = new URLSearchParams();
  for (const id of answers.data ?? ['name', 'email']) params.append('data', id);
  if (answers.certainty !== null) params.set('certainty', answers.certainty ?? 'confirmed');
  params.set('published', answers.published ?? 'no');
  return params.toString();
}

describe('plan form', () => {
  test('shows every category of the knowledge base, grouped, with an "I don\'t know" choice', async () => {
    const page = normalizeHtml((await web.app.inject('/plan')).body);
    for (const category of testKnowledge().categories) {
      assert.match(
        page,
        new RegExp(`id="data-${category.id}" name="data" value="${category.id}"`),
        category.id,
      );
    }
    assert.match(page, /id="data-unknown" name="data" value="unknown"/);
    assert.match(page, /<legend[^>]*>Welke gegevens van u zijn gelekt\?<\/legend>/);
    assert.match(page, /<form method="get" action="\/plan" novalidate>/);
    assert.match(page, /Alle vragen zijn verplicht\./);
  });

  test('an incomplete answer shows the form again with an error summary linking to each field', async () => {
    const response = await web.app.inject('/plan?published=yes');
    assert.equal(response.statusCode, 400);
    const page = normalizeHtml(response.body);
    assert.match(page, /<h2[^>]*id="error-summary-title">Er is een probleem<\/h2>/);
    assert.match(page, /href="#data-bsn">Kies minstens één soort gegevens/);
    assert.match(page, /href="#certainty-confirmed">Kies of u zeker weet/);
    assert.doesNotMatch(page, /href="#published-yes"/);
    assert.match(page, /id="data-error"/);
    assert.match(page, /aria-describedby="data-hint data-error"/);
    assert.match(page, /<title>Fout: Welke gegevens zijn gelekt\?/);
    assert.match(page, /id="published-yes" name="published" value="yes" checked/);
  });

  test('an unknown kind of data is refused, not ignored', async () => {
    const response = await web.app.inject(`/plan?${buildPlanQuery({ data: ['email', 'shoe_size'] })}`);
    assert.equal(response.statusCode, 400);
    assert.match(normalizeHtml(response.body), /Kies alleen gegevens uit de lijst\./);
  });

  test('data in the query is escaped when the form is shown again', async () => {
    const response = await web.app.inject('/plan?certainty=%3Cscript%3Ealert(1)%3C/script%3E');
    assert.doesNotMatch(response.body, /<script>alert/);
  });

  test('"change your answers" shows the form filled in with the earlier answers', async () => {
    const page = normalizeHtml(
      (await web.app.inject(`/plan?${buildPlanQuery({ data: ['iban'] })}&change=1`)).body,
    );
    assert.match(page, /id="data-iban" name="data" value="iban" checked/);
    assert.match(page, /id="certainty-confirmed" name="certainty" value="confirmed" checked/);
  });
});

describe('plan result', () => {
  test('shows what leaked, the risks with why, a checklist per period, contacts and questions', async () => {
    const response = await web.app.inject(`/plan?${buildPlanQuery({ data: ['name', 'email', 'iban'] })}`);
    assert.equal(response.statusCode, 200);
    const page = normalizeHtml(response.body);
    assert.match(page, /<h1[^>]*>Uw persoonlijke plan<\/h1>/);
    assert.match(page, /<strong>IBAN \(bankrekeningnummer\)<\/strong>/);
    assert.match(page, /Dit komt door deze gegevens van u:/);
    assert.match(page, /<ul class="dlw-checklist" data-checklist="plan">/);
    assert.match(
      page,
      /<input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="do-/,
    );
    assert.match(page, /<h2[^>]*id="contacts"/);
    assert.match(page, /<h2[^>]*id="questions"/);
    assert.match(page, /<script src="\/assets\/checklist\.[0-9a-f]{16}\.js" defer><\/script>/);
  });

  test('the plan differs with the data: a password brings different steps than a BSN', async () => {
    const password = normalizeHtml(
      (await web.app.inject(`/plan?${buildPlanQuery({ data: ['password'] })}`)).body,
    );
    const bsn = normalizeHtml((await web.app.inject(`/plan?${buildPlanQuery({ data: ['bsn'] })}`)).body);
    const actionIds = (page: string) =>
      [...page.matchAll(/data-item="([a-z_]+)"/g)].map((m) => m[1]).join(',');
    assert.notEqual(actionIds(password), actionIds(bsn));
  });

  test('"I don\'t know" gives the general steps with a note to ask the organisation', async () => {
    const page = normalizeHtml((await web.app.inject(`/plan?${buildPlanQuery({ data: ['unknown'] })}`)).body);
    assert.match(page, /U weet niet precies welke gegevens zijn gelekt/);
    assert.match(page, /data-item="ask_organisation"/);
  });

  test('"I don\'t know" alone never presents "other data" as what leaked from the person', async () => {
    const page = normalizeHtml((await web.app.inject(`/plan?${buildPlanQuery({ data: ['unknown'] })}`)).body);
    assert.doesNotMatch(page, /Om welke gegevens het gaat/);
    assert.doesNotMatch(page, /Overige gegevens/);
    assert.doesNotMatch(page, /Dit komt door deze gegevens van u/);
    const withName = normalizeHtml(
      (await web.app.inject(`/plan?${buildPlanQuery({ data: ['unknown', 'name'] })}`)).body,
    );
    assert.match(withName, /Om welke gegevens het gaat/);
    assert.match(withName, /<strong>Naam<\/strong>/);
  });

  test('published data adds the note that the risks are greater', async () => {
    const page = normalizeHtml((await web.app.inject(`/plan?${buildPlanQuery({ published: 'yes' })}`)).body);
    assert.match(page, /op internet gezet of te koop aangeboden/);
  });

  test('the English plan is in English', async () => {
    const page = normalizeHtml((await web.app.inject(`/en/plan?${buildPlanQuery()}`)).body);
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<h1[^>]*>Your personal plan<\/h1>/);
    assert.match(
      page,
      /href="\/en\/plan\?data=name&amp;data=email&amp;certainty=confirmed&amp;published=no&amp;change=1"/,
    );
  });
});

describe('pages reference no other origin', () => {
  test('stylesheets, scripts, images and forms come from this site; links out go to official sites only', async () => {
    const knowledge = testKnowledge();
    const officialHosts = new Set([
      ...knowledge.contacts.flatMap((contact) =>
        contact.website ? [new URL(`https://${contact.website}`).host] : [],
      ),
      ...knowledge.sources.flatMap((source) => (source.url ? [new URL(source.url).host] : [])),
    ]);
    const pages = [
      '/',
      '/en',
      '/plan',
      '/plan?published=yes',
      `/plan?${buildPlanQuery({ data: knowledge.categories.map((category) => category.id), published: 'yes' })}`,
      `/en/plan?${buildPlanQuery({ data: ['unknown'] })}`,
      '/toegankelijkheid',
      '/privacy',
      '/en/privacy',
      '/nope',
    ];
    for (const path of pages) {
      const document = normalizeHtml((await web.app.inject(path)).body);
      for (const { tag, attribute, url } of referencedUrls(document)) {
        const absolute = /^(https?:)?\/\//i.test(url);
        if (tag === 'link' && /hreflang/.test(attribute)) continue;
        if (!absolute) continue;
        const host = new URL(url, 'https://datalekwijzer.test').host;
        if (host === 'datalekwijzer.test') continue;
        assert.ok(
          tag === 'a' && attribute === 'href',
          `${path}: <${tag} ${attribute}="${url}"> loads from another origin`,
        );
        assert.ok(
          officialHosts.has(host),
          `${path}: link to ${host} is not an official site named in content/`,
        );
      }
    }
  });

  test('no public page loads a stylesheet, script, image, frame or form target from another origin', async () => {
    const pages = ['/', '/plan', '/code', '/echt', '/register', '/en/register', '/kamervragen', '/privacy'];
    for (const path of pages) {
      const response = await web.app.inject(path);
      assert.ok(response.statusCode < 500, `${path} answers`);
      for (const { tag, attribute, url } of referencedUrls(normalizeHtml(response.body))) {
        if (tag === 'a' || (tag === 'link' && attribute === 'href' && !/\.css$/.test(url))) continue;
        const host = new URL(url, 'https://datalekwijzer.test').host;
        assert.equal(host, 'datalekwijzer.test', `${path}: <${tag} ${attribute}="${url}">`);
      }
    }
  });
});
