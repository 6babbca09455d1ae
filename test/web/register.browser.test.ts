import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import {
  axeViolations,
  browserSkip,
  openBrowser,
  startTestServer,
  type TestBrowser,
  type TestServer,
} from '../support/browser.ts';

const labSlug = 'hack-laboratorium-clinical-diagnostics';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${selector} was not reached with the Tab key`);
}

describe('public register in a real browser', { skip: browserSkip, timeout: 240_000 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let noScript: TestBrowser;
  let setPath: string;

  before(async () => {
    server = await startTestServer({
      prepare: async (storage) => {
        await seedDemo({ db: storage.db, clock: () => new Date('2026-11-25T12:00:00Z') });
      },
    });
    browser = await openBrowser();
    noScript = await openBrowser({ javaScript: false });
    const page = await browser.newPage();
    await page.goto(`${server.url}/register/${labSlug}`);
    setPath = (await page.getAttribute('a[href^="/kamervragen/kv-"]', 'href')) ?? '';
    await page.close();
    assert.ok(setPath, 'the lab page links to a Kamervragen set');
  });
  after(async () => {
    await browser?.close();
    await noScript?.close();
    await server?.close();
  });

  test('every page type of the register has no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage();
    const paths = [
      '/register',
      '/en/register?sort=largest',
      '/register?q=bestaatniet',
      '/register?from=gisteren&size=enorm',
      '/register?data=bsn&sector=healthcare',
      `/register/${labSlug}`,
      '/en/register/hack-openbaar-ministerie-citrix-netscaler',
      '/register/datalek-odido-2026',
      '/kamervragen',
      '/kamervragen?q=datalekken',
      setPath,
    ];
    for (const path of paths) {
      await page.goto(server.url + path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.close();
  });

  test('a keyboard user filters the register, opens a breach and its Kamervragen', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/register`);
    await tabTo(page, '#register-q');
    await page.keyboard.type('laboratorium');
    await tabTo(page, '.dlw-register-filter summary');
    await page.keyboard.press('Enter');
    await tabTo(page, '#register-data-bsn');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await Promise.all([page.waitForURL(/q=laboratorium/), page.keyboard.press('Enter')]);
    assert.match(page.url(), /data=bsn/);
    assert.equal((await page.textContent('[role="status"]'))?.trim(), '1 datalek gevonden');

    await tabTo(page, `a[href="/register/${labSlug}"]`);
    await Promise.all([page.waitForURL(new RegExp(labSlug)), page.keyboard.press('Enter')]);
    assert.match((await page.textContent('h1')) ?? '', /Clinical Diagnostics/);

    await tabTo(page, `a[href="${setPath}"]`);
    await Promise.all([page.waitForURL(new RegExp(setPath)), page.keyboard.press('Enter')]);
    assert.match((await page.textContent('h1')) ?? '', /Bevolkingsonderzoek Nederland|laboratorium/i);
    assert.ok((await page.locator('li.dlw-qa').count()) > 5);
    await page.close();
  });

  test('the filters, breach pages and Kamervragen search work with JavaScript turned off', async () => {
    const page = await noScript.newPage();
    await page.goto(`${server.url}/register`);
    await page.selectOption('#register-sector', 'justice');
    await Promise.all([page.waitForURL(/sector=justice/), page.click('button[type="submit"]')]);
    assert.equal((await page.textContent('[role="status"]'))?.trim(), '1 datalek gevonden');
    await Promise.all([page.waitForURL(/hack-openbaar-ministerie/), page.click('.dlw-register-item a')]);
    assert.ok((await page.locator('article.dlw-kv-set').count()) >= 1);
    await page.goto(`${server.url}/kamervragen`);
    await page.fill('#kamervragen-q', 'Citrix');
    await Promise.all([page.waitForURL(/q=Citrix/), page.click('button[type="submit"]')]);
    assert.ok((await page.locator('mark.nl-mark').count()) > 0);
    await page.close();
  });

  test('on a 390 px wide phone no register page scrolls sideways, even with long Dutch words in a title', async () => {
    const page = await browser.newPage();
    for (const path of [`/register/${labSlug}`, `/en/register/${labSlug}`, '/register', setPath]) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${path} is ${overflow} px wider than the screen`);
    }
    await page.close();
  });

  test('the Atom feed is well-formed XML for the browser’s own parser', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/register`);
    const result = await page.evaluate(async () => {
      const text = await (await fetch('/register/feed.atom')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    });
    assert.deepEqual(result, { error: 0, root: 'feed', entries: 11 });
    await page.close();
  });
});
