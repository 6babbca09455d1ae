import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { homePage } from '../../src/web/pages/home-page.ts';
import { pageContext } from '../../src/web/page.ts';
import { buildTestApp, normalizeHtml, type TestApp } from '../support/web.ts';

let web: TestApp;
before(async () => {
  web = await buildTestApp();
});
after(() => web.close());

describe('home page', () => {
  test('links each of the four ways in to its page, in the page language', async () => {
    const dutch = normalizeHtml((await web.app.inject('/')).body);
    assert.match(dutch, /<a class="nl-link" href="\/code">Ik heb een code/);
    assert.match(dutch, /<a class="nl-link" href="\/zonder-code">Ik weet bij welk datalek/);
    assert.match(dutch, /<a class="nl-link" href="\/plan">Ik weet welke gegevens zijn gelekt/);
    assert.match(dutch, /<a class="nl-link" href="\/echt">Is dit bericht echt\?/);
    const english = normalizeHtml((await web.app.inject('/en')).body);
    assert.match(english, /<a class="nl-link" href="\/en\/plan">I know which data leaked/);
  });

  test('shows a way whose page does not exist as text, not as a broken link', () => {
    const request = { url: '/' } as Parameters<typeof pageContext>[0];
    const site = { assets: {} as never, baseUrl: 'https://datalekwijzer.test', sourceUrl: undefined };
    const view = homePage(pageContext(request, site), [
      { id: 'code', path: '/code', available: false },
      { id: 'data', path: '/plan', available: true },
    ]);
    const body = normalizeHtml(view.body.value);
    assert.doesNotMatch(body, /href="\/code"/);
    assert.match(body, /Ik heb een code uit een brief of e-mail/);
    assert.match(body, /Deze mogelijkheid komt binnenkort\./);
  });
});
