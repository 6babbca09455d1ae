import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildGuideWorld, cookiesFrom } from '../../support/guide.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../../support/web.ts';

let web: TestApp;
let world: Awaited<ReturnType<typeof buildGuideWorld>>;
before(async () => {
  web = await buildTestApp();
  world = await buildGuideWorld(web.storage);
});
after(() => web.close());

/** Opens the personal page for a code the way a browser does: POST, follow the 303 with the cookie. */
async function personalPage(code: string, options: { lang?: 'nl' | 'en'; query?: string } = {}) {
  const prefix = options.lang === 'en' ? '/en' : '';
  const posted = await web.app.inject({
    method: 'POST',
    url: `${prefix}/code`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `code=${code}`,
  });
  assert.equal(posted.statusCode, 303);
  const cookie = cookiesFrom(posted.headers['set-cookie']);
  const response = await web.app.inject({
    url: `${posted.headers.location}${options.query ?? ''}`,
    headers: { cookie },
  });
  return { response, page: normalizeHtml(response.body), cookie };
}

describe('personal page', () => {
  test('names the breach and the organisation', async () => {
    const { response, page } = await personalPage(world.codes.confirmed.code);
    assert.equal(response.statusCode, 200);
    assert.match(page, /<h1[^>]*>Uw plan bij het datalek<\/h1>/);
    assert.match(page, /<strong>Laboratorium Noord<\/strong>: Hack bij Laboratorium Noord/);
  });

  test('the first screen: one line of what leaked, most sensitive first, then "do this now" before any folded part', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    const leaked = /id="gelekt">([^<]*)</.exec(page)?.[1] ?? '';
    assert.match(leaked, /^Gelekt: /);
    const order = ['uitslag', 'BSN', 'naam'].map((word) => leaked.indexOf(word));
    assert.ok(
      order.every((at, index) => at >= 0 && (index === 0 || at > (order[index - 1] ?? 0))),
      leaked,
    );
    const doNow = page.indexOf('id="nu"');
    assert.ok(doNow > 0 && doNow < page.indexOf('<details'), 'do-now comes before the folded parts');
    assert.match(
      page,
      /data-do-now><strong>[^<]+<\/strong><br>Bel Fraudehelpdesk:\s*<span class="dlw-first__phone"><a class="nl-link" href="tel:0887867372">/,
    );
    assert.match(page, /<details class="dlw-fold" id="doen">/);
    assert.doesNotMatch(page, /<details[^>]* open/);
  });

  test('the whole plan (?alles=1) opens every folded part, for reading through or printing', async () => {
    const { cookie } = await personalPage(world.codes.confirmed.code);
    const full = await web.app.inject({ url: '/mijn-plan?alles=1', headers: { cookie } });
    assert.equal(full.statusCode, 200);
    const folds = full.body.match(/<details class="dlw-fold"[^>]*>/g) ?? [];
    assert.ok(folds.length >= 8);
    assert.ok(
      folds.every((tag) => tag.includes(' open')),
      folds.join('\n'),
    );
    assert.match(full.body, /<h1[^>]*>Uw hele plan<\/h1>/);
  });

  test('a confirmed code lists exactly the data from the letter, worded as certain', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    const data = page.slice(page.indexOf('id="gegevens"'), page.indexOf('id="betekenis"'));
    assert.match(data, /Zeker gelekt/);
    assert.match(data, /Deze gegevens van u zaten in het datalek:/);
    assert.match(data, /<strong>BSN<\/strong>/);
    assert.match(data, /<strong>Naam<\/strong>/);
    assert.doesNotMatch(data, /<strong>E-mailadres<\/strong>/, 'e-mail was not in this letter');
    assert.doesNotMatch(data, /misschien/);
  });

  test('a possibly-affected code says the data may have leaked', async () => {
    const { page } = await personalPage(world.codes.possibly.code);
    const data = page.slice(page.indexOf('id="gegevens"'), page.indexOf('id="betekenis"'));
    assert.match(data, /Misschien gelekt/);
    assert.match(data, /zaten misschien in het datalek\. Laboratorium Noord weet nog niet zeker/);
    assert.doesNotMatch(data, /Zeker gelekt/);
  });

  test('a not-affected code says the data were not in the breach and lists no risks', async () => {
    const { page } = await personalPage(world.codes.notAffected.code);
    assert.match(page, /Uw gegevens zaten niet in het datalek\. Dat is wat Laboratorium Noord nu weet\./);
    assert.doesNotMatch(page, /Zeker gelekt|Misschien gelekt/);
    assert.doesNotMatch(page, /Groot risico/);
  });

  test('risks come with a line that says which data cause them', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    assert.match(page, /Dit komt door deze gegevens van u: [^<]*BSN/);
  });

  test('the checklist is a list of checkboxes that the browser script keeps per breach', async () => {
    const { page, response } = await personalPage(world.codes.confirmed.code);
    assert.match(page, new RegExp(`data-checklist="breach-${world.breachA.id}-now"`));
    assert.match(
      page,
      /<input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="do-/,
    );
    assert.match(response.body, /<script src="\/assets\/checklist\.[0-9a-f]+\.js" defer><\/script>/);
  });

  test('shows the organisation’s helpline, measures and own questions', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    assert.match(page, /Telefoon: 0800-0000/);
    assert.match(page, /Wachtwoorden gewijzigd\./);
    assert.match(page, /Krijg ik een nieuwe brief als er meer bekend is\?/);
    assert.match(page, /Antwoord van de organisatie\./);
  });

  test('shows the history of messages, newest first, with what changed', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    const history = page.slice(page.indexOf('id="berichten"'), page.indexOf('id="bewaren"'));
    const second = history.indexOf('Brief van 10 maart 2026');
    const first = history.indexOf('Brief van 20 februari 2026');
    assert.ok(second >= 0 && first > second, history);
    assert.match(history, /Ook uw BSN zat erin\./);
    assert.match(history, /Het eerste bericht over het datalek\./);
  });

  test('searching the questions keeps only those that match, on the server', async () => {
    const { page } = await personalPage(world.codes.confirmed.code, { query: '?vraag=nieuwe+brief' });
    const questions = page.slice(page.indexOf('id="vragen"'), page.indexOf('id="berichten"'));
    assert.match(questions, /Gevonden voor nieuwe brief: 1 vraag\./);
    assert.match(questions, /Krijg ik een nieuwe brief/);
    assert.equal((questions.match(/<h3 /g) ?? []).length, 1);
  });

  test('the search form works without JavaScript: a GET form on the page itself', async () => {
    const { page } = await personalPage(world.codes.confirmed.code);
    assert.match(page, /<form method="get" action="\/mijn-plan#vragen" role="search"/);
    assert.match(
      page,
      /<input class="utrecht-textbox utrecht-textbox--html-input" type="search" id="vraag" name="vraag"/,
    );
  });

  test('the English page is in English', async () => {
    const { page } = await personalPage(world.codes.confirmed.code, { lang: 'en' });
    assert.match(page, /<html lang="en">/);
    assert.match(page, /These data of yours were in the breach:/);
    assert.match(page, /Hack at Laboratorium Noord/);
  });

  test('the plan downloads as a tagged A4 PDF in the page’s language', async () => {
    const { cookie } = await personalPage(world.codes.confirmed.code);
    const response = await web.app.inject({ url: '/mijn-plan/pdf', headers: { cookie } });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.match(String(response.headers['content-disposition']), /attachment; filename="mijn-plan-/);
    const bytes = response.rawPayload.toString('latin1');
    assert.ok(bytes.startsWith('%PDF-1.7'));
    assert.match(bytes, /\/Lang \(nl-NL\)/);
    assert.match(bytes, /\/StructTreeRoot/);
    assert.match(bytes, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(bytes, /DejaVu/);
  });

  test('the PDF is refused without a code cookie', async () => {
    const response = await web.app.inject('/mijn-plan/pdf');
    assert.equal(response.statusCode, 404);
  });
});
