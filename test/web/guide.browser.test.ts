import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';
import { createSession } from '../../src/use-cases/create-session.ts';
import { buildApp } from '../../src/web/app.ts';
import {
  axeViolations,
  browserSkip,
  openBrowser,
  type TestBrowser,
  tabTo,
  tabToButton,
} from '../support/browser.ts';
import { buildGuideWorld, webTestCodeSecret } from '../support/guide.ts';
import { buildConfig } from '../support/web.ts';
import type { FastifyInstance } from 'fastify';

describe('victims’ guide in a real browser', { skip: browserSkip, timeout: 300_000 }, () => {
  let app: FastifyInstance;
  let storage: Storage;
  let url: string;
  let world: Awaited<ReturnType<typeof buildGuideWorld>>;
  let browser: TestBrowser;
  let noScript: TestBrowser;

  before(async () => {
    // http on 127.0.0.1, so cookies are not marked Secure in the test.
    const config = buildConfig({ BASE_URL: 'http://127.0.0.1', CODE_LOOKUP_LIMIT: '0' });
    storage = await openStorage({ url: config.databaseUrl });
    app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    url = `http://127.0.0.1:${address.port}`;
    world = await buildGuideWorld(storage);
    browser = await openBrowser();
    noScript = await openBrowser({ javaScript: false });
  });
  after(async () => {
    await browser?.close();
    await noScript?.close();
    await app?.close();
    await storage?.close();
  });

  test('way in with a code: typed with the keyboard only, it opens the personal page at an address without the code', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/code`);
    await tabTo(page, 'code');
    await page.keyboard.type(world.codes.confirmed.code.toLowerCase());
    await Promise.all([page.waitForURL(`${url}/mijn-plan`), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').textContent(), 'Uw plan bij het datalek');
    assert.ok(!page.url().includes(world.codes.confirmed.code));
    assert.ok(!(await page.content()).includes(world.codes.confirmed.code));
    await page.close();
  });

  test('way in with the QR address: one redirect to /mijn-plan', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/c/${world.codes.possibly.code}`);
    assert.equal(page.url(), `${url}/mijn-plan`);
    assert.match((await page.locator('#gelekt').textContent()) ?? '', /^Misschien gelekt: /);
    await page.close();
  });

  test('way in without a code: choose the breach and tick the data with the keyboard only', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/zonder-code`);
    await tabTo(page, 'breach-first');
    await page.keyboard.press('Space');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    await tabToButton(page, 'Verder');
    await Promise.all([page.waitForURL(/datalek=/), page.keyboard.press('Enter')]);
    assert.match(page.url(), new RegExp(`datalek=${chosen ?? ''}`));
    await tabTo(page, 'data-unsure');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Toon mijn plan');
    await Promise.all([page.waitForURL(/data=weet-niet/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').textContent(), 'Uw plan bij het datalek');
    await page.close();
  });

  test('is this message genuine: checked with the keyboard only', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/echt`);
    await tabTo(page, 'code');
    await page.keyboard.type(world.codes.confirmed.code);
    // The field is a text area (a whole SMS fits in it), so the keyboard goes on to the button.
    await tabToButton(page, 'Controleer het bericht');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#resultaat');
    assert.match(
      (await page.locator('#resultaat').textContent()) ?? '',
      /Deze code hoort bij een echte melding/,
    );
    await page.close();
  });

  test('the checklist keeps its ticks in this browser only', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/c/${world.codes.confirmed.code}`);
    // All steps are folded under "Alle stappen": open the part with the keyboard.
    await page.focus('#doen summary');
    await page.keyboard.press('Enter');
    const first = page.locator('[data-checklist] input[type="checkbox"]').first();
    const id = await first.getAttribute('id');
    assert.ok(id);
    await tabTo(page, id);
    await page.keyboard.press('Space');
    assert.equal(await first.isChecked(), true);
    assert.equal(await page.locator('[data-checklist-kept]').isVisible(), true);
    await page.reload();
    await page.locator('#doen summary').click();
    assert.equal(await page.locator(`#${id}`).isChecked(), true, 'the tick survives a reload');
    const stored = await page.evaluate(() =>
      Object.keys(window.localStorage).filter((key) => key.startsWith('dlw-checklist:')),
    );
    assert.ok(stored.length > 0);
    await page.close();
  });

  test('every page type has no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage();
    const check = async (label: string) => {
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${label}: ${violations.join('\n')}`);
    };
    for (const path of [
      '/code',
      '/en/code',
      '/code?fout=typfout',
      '/echt',
      '/zonder-code',
      '/zonder-code?stap=1',
    ]) {
      await page.goto(`${url}${path}`);
      await check(path);
    }
    await page.goto(`${url}/zonder-code?stap=1&datalek=${world.breachA.slug}`);
    await check('step 2');
    await page.goto(`${url}/zonder-code?datalek=${world.breachA.slug}&data=email&data=bsn`);
    await check('plan without a code');
    for (const code of [world.codes.confirmed.code, world.codes.notAffected.code]) {
      await page.goto(`${url}/c/${code}`);
      await check('personal page');
    }
    await page.goto(`${url}/mijn-plan?vraag=brief`);
    await check('personal page with a search');
    await page.goto(`${url}/en/mijn-plan`);
    await check('English personal page');
    await page.goto(`${url}/echt`);
    await page.fill('#code', world.codes.confirmed.code);
    await Promise.all([page.waitForSelector('#resultaat'), page.click('button[type="submit"]')]);
    await check('genuine code');
    await page.fill('#code', 'K7M-X4D-EPR-J9A-HWC-T3N');
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
    await check('code with a typing error or unknown');
    await page.goto(`${url}/brieven?datalek=${world.breachA.slug}`);
    await check('letters form');
    await page.click('button[type="submit"]');
    await page.waitForSelector('#error-summary');
    await check('letters form with errors');
    await page.close();
  });

  test('the helpline pages have no WCAG 2.2 AA violations', async () => {
    const { sessionId } = await createSession(
      { db: storage.db, clock: () => new Date(), sessionSecret: webTestCodeSecret },
      { userId: world.staffA.userId },
    );
    const context = browser.context;
    await context.addCookies([{ name: 'dlw_session', value: sessionId, url }]);
    const page = await context.newPage();
    await page.goto(`${url}/werkruimte/hulplijn`);
    assert.deepEqual(await axeViolations(page), []);
    await tabTo(page, 'code');
    await page.keyboard.type(world.codes.confirmed.code);
    await Promise.all([page.waitForSelector('#meest-gevraagd'), page.keyboard.press('Enter')]);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
    await context.clearCookies();
    await page.close();
  });

  test('without JavaScript the personal page, its checklist and the question search work', async () => {
    const page = await noScript.newPage();
    await page.goto(`${url}/c/${world.codes.confirmed.code}`);
    assert.equal(page.url(), `${url}/mijn-plan`);
    assert.equal(await page.locator('h1').textContent(), 'Uw plan bij het datalek');
    await page.locator('#doen summary').click();
    assert.equal(await page.locator('[data-checklist-not-kept]').isVisible(), true);
    assert.equal(await page.locator('[data-checklist-kept]').isVisible(), false);
    const boxes = page.locator('[data-checklist] input[type="checkbox"]');
    assert.ok((await boxes.count()) > 2);
    await boxes.first().check();
    assert.equal(await boxes.first().isChecked(), true, 'a step can be ticked without a script');
    await page.locator('#vragen summary').click();
    await page.fill('#vraag', 'nieuwe brief');
    await Promise.all([page.waitForURL(/vraag=nieuwe\+brief/), page.press('#vraag', 'Enter')]);
    // After a search the questions part is open by itself.
    assert.match((await page.locator('#vragen p[role="status"]').first().textContent()) ?? '', /1 vraag/);
    // axe-core needs scripts in the page, so this page is checked with JavaScript on (above).
    await page.close();
  });
});
