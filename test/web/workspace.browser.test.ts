import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { systemActor } from '../../src/core/access/actor.ts';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';
import { addMember } from '../../src/use-cases/add-member.ts';
import { assessBreach } from '../../src/use-cases/assess-breach.ts';
import { createOrganisation } from '../../src/use-cases/create-organisation.ts';
import { createUser } from '../../src/use-cases/create-user.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import { buildApp } from '../../src/web/app.ts';
import { buildIncident } from '../core/assessment/fixtures.ts';
import {
  axeViolations,
  browserSkip,
  openBrowser,
  type TestBrowser,
  tabTo,
  tabToButton,
} from '../support/browser.ts';
import { buildBreach, buildOrganisation, buildUser } from '../support/builders.ts';

describe('workspace in a real browser', { skip: browserSkip }, () => {
  let browser: TestBrowser;
  let storage: Storage;
  let close: () => Promise<void>;
  let url: string;
  const person = buildUser({ platformAdmin: true });
  let organisationId: string;
  let breachId: string;

  before(async () => {
    const secret = 'test-secret-that-is-at-least-32-bytes-long';
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: secret,
      CODE_SECRET: secret,
      DATABASE_URL: 'sqlite::memory:',
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    storage = await openStorage({ url: config.databaseUrl });
    const deps = { db: storage.db, clock: () => new Date() };
    const organisation = await createOrganisation(deps, { actor: systemActor, ...buildOrganisation() });
    organisationId = organisation.id;
    await createUser(deps, { actor: systemActor, ...person });
    await addMember(deps, { actor: systemActor, organisationId, email: person.email, role: 'owner' });
    const breach = await registerBreach(deps, { actor: systemActor, ...buildBreach(organisationId) });
    breachId = breach.id;
    await assessBreach(deps, { actor: systemActor, breachId, facts: buildIncident() });
    const app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    url = `http://127.0.0.1:${address.port}`;
    close = async () => {
      await app.close();
      await storage.close();
    };
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await close?.();
  });

  test('a keyboard user signs in and registers a breach step by step, without a mouse', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/werkruimte`);
    assert.match(page.url(), /\/werkruimte\/inloggen/);
    assert.deepEqual(await axeViolations(page), [], 'sign-in page');
    await tabTo(page, 'email');
    await page.keyboard.type(person.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.password);
    await Promise.all([page.waitForURL(`${url}/werkruimte`), page.keyboard.press('Enter')]);

    await page.goto(`${url}/werkruimte/organisaties/${organisationId}/datalekken/nieuw`);
    assert.match((await page.textContent('main')) ?? '', /Stap 1 van 6/);
    await tabTo(page, 'title-nl');
    await page.keyboard.type('Lek via de toetsenbordtest');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Leak found by keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.type('handel');
    await tabToButton(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Stap 2 van 6');

    await tabTo(page, 'description-nl');
    await page.keyboard.type('Een lijst met namen stond open.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('A list of names was open.');
    await tabToButton(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Stap 3 van 6');

    await tabTo(page, 'discoveredOn');
    await page.keyboard.type('2026-11-20');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Stap 4 van 6');

    await tabTo(page, 'dataCategories--name');
    await page.keyboard.press('Space');
    await tabToButton(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Stap 5 van 6');

    await tabToButton(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Stap 6 van 6');
    assert.deepEqual(await axeViolations(page), [], 'step 6: address for privacy requests');
    await tabTo(page, 'privacyContact-email');
    await page.keyboard.type('privacy bij het lab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Postbus 4321, 3500 GH Utrecht');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error-summary');
    assert.deepEqual(await axeViolations(page), [], 'step 6 with a wrong e-mail address');
    await tabTo(page, 'privacyContact-email');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('privacy@toetsenbord.example');
    await tabToButton(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Controleer uw antwoorden');
    assert.match((await page.textContent('main')) ?? '', /privacy@toetsenbord\.example/);
    assert.match((await page.textContent('main')) ?? '', /Postbus 4321, 3500 GH Utrecht/);
    assert.deepEqual(await axeViolations(page), [], 'check page');
    await tabToButton(page, 'Opslaan');
    await Promise.all([
      page.waitForURL(/\/werkruimte\/datalekken\/[^/]+\?bericht=geregistreerd/),
      page.keyboard.press('Enter'),
    ]);
    assert.match((await page.textContent('h1')) ?? '', /Lek via de toetsenbordtest/);
    await page.close();
  });

  test('every kind of workspace page has no WCAG 2.2 AA violations', async () => {
    const page = await browser.newPage();
    // The browser's profile still holds the session of the first test; sign in again if not.
    await page.goto(`${url}/werkruimte`);
    if (page.url().includes('/inloggen')) {
      await page.fill('#email', person.email);
      await page.fill('#password', person.password);
      await Promise.all([page.waitForURL(`${url}/werkruimte`), page.click('button:has-text("Inloggen")')]);
    }
    const b = `/werkruimte/datalekken/${breachId}`;
    const o = `/werkruimte/organisaties/${organisationId}`;
    const paths = [
      '/werkruimte',
      '/en/werkruimte',
      `${o}/datalekken/nieuw`,
      b,
      `${b}/bewerken`,
      `${b}/update`,
      `${b}/aantal`,
      `${b}/publiceren`,
      `${b}/beoordeling`,
      `${b}/beoordeling/vragen`,
      `${b}/beoordeling/laatste`,
      `${b}/melding`,
      `${b}/melding/stappen`,
      `${o}/leden`,
      `${o}/logboek`,
      '/werkruimte/beheer/organisaties',
    ];
    for (const path of paths) {
      await page.goto(url + path);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    // The ENISA questions' check page, reached by "next" on every question.
    await page.goto(`${url}${b}/beoordeling/vragen`);
    for (let step = 0; step < 10; step++)
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=verder]')]);
    assert.match((await page.textContent('h1')) ?? '', /controleer uw antwoorden/);
    assert.deepEqual(await axeViolations(page), [], 'ENISA questions check page');
    // The notification's check page, reached by "next" on every screen of the steps.
    await page.goto(`${url}${b}/melding/stappen`);
    for (let step = 0; step < 11; step++)
      await Promise.all([page.waitForLoadState('load'), page.click('button[value=verder]')]);
    assert.match((await page.textContent('h1')) ?? '', /Controleer de melding/);
    assert.deepEqual(await axeViolations(page), [], 'notification check page');
    // A form with errors: the summary and the field messages must pass too.
    await page.goto(`${url}${o}/datalekken/nieuw`);
    await page.click('button[value=next]');
    await page.waitForSelector('#error-summary');
    assert.deepEqual(await axeViolations(page), [], 'wizard with errors');
    await page.close();
  });
});
