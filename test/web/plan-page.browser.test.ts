import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  browserSkip,
  openBrowser,
  startTestServer,
  type TestBrowser,
  type TestServer,
  tabTo,
} from '../support/browser.ts';

/** Fills in the plan form with the keyboard only: e-mail and IBAN, certain, not published. */
async function fillPlanWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'data-email');
  await page.keyboard.press('Space');
  await tabTo(page, 'data-iban');
  await page.keyboard.press('Space');
  await tabTo(page, 'certainty-confirmed');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Toon mijn plan');
  await Promise.all([page.waitForURL(/certainty=confirmed/), page.keyboard.press('Enter')]);
}

describe('plan page in a real browser', { skip: browserSkip, timeout: 180_000 }, () => {
  let server: TestServer;
  let browser: TestBrowser;
  let noScript: TestBrowser;

  before(async () => {
    server = await startTestServer();
    browser = await openBrowser();
    noScript = await openBrowser({ javaScript: false });
  });
  after(async () => {
    await browser?.close();
    await noScript?.close();
    await server?.close();
  });

  test('home, plan form, form with errors, plan result and error page have no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage();
    const paths = [
      '/',
      '/en',
      '/plan',
      '/plan?published=yes',
      '/plan?data=bsn&data=medical_test_result&data=email&certainty=possibly&published=yes',
      '/en/plan?data=unknown&certainty=confirmed&published=unknown',
      '/toegankelijkheid',
      '/en/privacy',
      '/bestaat-niet',
    ];
    for (const path of paths) {
      await page.goto(server.url + path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.close();
  });

  test('a keyboard user skips to the content, fills in the form and gets the plan', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/plan`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
      top: (document.activeElement as HTMLElement).getBoundingClientRect().top,
    }));
    assert.equal(skip.text, 'Direct naar de inhoud');
    assert.notEqual(skip.outline, 'none', 'the focused skip link shows a focus ring');
    assert.ok(skip.top >= 0, 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await fillPlanWithKeyboard(page);
    assert.equal(await page.locator('h1').textContent(), 'Uw persoonlijke plan');
    assert.ok(await page.getByText('IBAN (bankrekeningnummer)').first().isVisible());
    await page.close();
  });

  test('the error summary lists each missing answer and its links lead to the field', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/plan`);
    await tabTo(page, 'published-yes');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/published=yes/), page.keyboard.press('Enter')]);
    const links = page.locator('#error-summary a');
    assert.equal(await links.count(), 2);
    for (let press = 0; press < 6; press += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === '#data-bsn') break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#data-bsn');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#data-bsn');
    assert.ok(await page.locator('#data-bsn').isVisible());
    await page.close();
  });

  test('with JavaScript the checklist ticks are kept in this browser after a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/plan?data=password&certainty=confirmed&published=no`);
    assert.ok(await page.locator('[data-checklist-kept]').isVisible());
    assert.ok(await page.locator('[data-checklist-not-kept]').isHidden());
    const first = page.locator('.dlw-checklist input[type=checkbox]').first();
    await first.focus();
    await page.keyboard.press('Space');
    assert.equal(await first.isChecked(), true);
    await page.reload();
    assert.equal(await page.locator('.dlw-checklist input[type=checkbox]').first().isChecked(), true);
    await page.close();
  });

  test('without JavaScript the form, the plan and the checklist still work', async () => {
    const page = await noScript.newPage();
    await page.goto(`${server.url}/plan`);
    await fillPlanWithKeyboard(page);
    assert.equal(await page.locator('h1').textContent(), 'Uw persoonlijke plan');
    assert.ok(await page.locator('[data-checklist-not-kept]').isVisible());
    assert.ok(await page.locator('[data-checklist-kept]').isHidden());
    const boxes = page.locator('.dlw-checklist input[type=checkbox]');
    assert.ok((await boxes.count()) > 0);
    await boxes.first().focus();
    await page.keyboard.press('Space');
    assert.equal(await boxes.first().isChecked(), true);
    // axe-core itself needs JavaScript in the page, so the no-script markup (the same HTML)
    // is checked by the first test in the JavaScript-enabled browser.
    await page.close();
  });

  test('the language switch leads to the same page in English', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/plan?data=email&certainty=confirmed&published=no`);
    await Promise.all([page.waitForURL(/\/en\/plan/), page.getByRole('link', { name: 'English' }).click()]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('h1').textContent(), 'Your personal plan');
    await page.close();
  });

  test('components take their look from our tokens', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/plan`);
    // No helper functions inside evaluate: the TypeScript loader would wrap them in a name helper.
    const looks = await page.evaluate(() => ({
      button: getComputedStyle(document.querySelector('.nl-button--primary') as Element).backgroundColor,
      buttonHeight: getComputedStyle(document.querySelector('.nl-button--primary') as Element).minHeight,
      header: getComputedStyle(document.querySelector('.utrecht-page-header') as Element).backgroundColor,
      legend: getComputedStyle(document.querySelector('legend') as Element).fontWeight,
      checkbox: getComputedStyle(document.querySelector('.utrecht-checkbox') as Element).width,
    }));
    assert.deepEqual(looks, {
      button: 'rgb(31, 78, 121)',
      buttonHeight: '44px',
      header: 'rgb(31, 78, 121)',
      legend: '700',
      checkbox: '24px',
    });
    await page.close();
  });
});
