import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dutchPathOf, langOfPath, localPath } from '../../src/web/lang-path.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../support/web.ts';

let web: TestApp;
before(async () => {
  web = await buildTestApp();
});
after(() => web.close());

describe('language by path prefix', () => {
  test('maps Dutch paths to English ones and back', () => {
    assert.equal(localPath('en', '/plan'), '/en/plan');
    assert.equal(localPath('en', '/'), '/en');
    assert.equal(localPath('nl', '/plan'), '/plan');
    assert.equal(dutchPathOf('/en/plan'), '/plan');
    assert.equal(dutchPathOf('/en'), '/');
    assert.equal(langOfPath('/en/plan'), 'en');
    assert.equal(langOfPath('/energie'), 'nl');
  });

  test('serves Dutch at / and English at /en with the lang attribute set', async () => {
    assert.match(normalizeHtml((await web.app.inject('/')).body), /<html lang="nl">/);
    const english = await web.app.inject('/en');
    assert.equal(english.statusCode, 200);
    assert.match(english.body, /<html lang="en">/);
    assert.match(english.body, /Has your data leaked\?/);
  });

  test('every page links to the same page in the other language, keeping the query', async () => {
    const dutch = normalizeHtml((await web.app.inject('/plan?data=email')).body);
    assert.match(
      dutch,
      /<a class="nl-link" href="\/en\/plan\?data=email" hreflang="en" lang="en">English<\/a>/,
    );
    const english = normalizeHtml((await web.app.inject('/en/privacy')).body);
    assert.match(english, /<a class="nl-link" href="\/privacy" hreflang="nl" lang="nl">Nederlands<\/a>/);
  });

  test('every page names its alternates with absolute hreflang links', async () => {
    const page = normalizeHtml((await web.app.inject('/en/toegankelijkheid')).body);
    assert.match(
      page,
      /<link rel="alternate" hreflang="nl" href="https:\/\/datalekwijzer\.test\/toegankelijkheid">/,
    );
    assert.match(
      page,
      /<link rel="alternate" hreflang="en" href="https:\/\/datalekwijzer\.test\/en\/toegankelijkheid">/,
    );
    assert.match(page, /hreflang="x-default" href="https:\/\/datalekwijzer\.test\/toegankelijkheid"/);
  });

  test('the layout has a skip link to main and footer links to both statements', async () => {
    const page = normalizeHtml((await web.app.inject('/en')).body);
    assert.match(page, /<a class="nl-skip-link[^"]*" href="#main">Skip to content<\/a>/);
    assert.match(page, /<main id="main"/);
    assert.match(page, /href="\/en\/toegankelijkheid">Accessibility</);
    assert.match(page, /href="\/en\/privacy">Privacy</);
  });
});
