import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../../src/config.ts';
import { loadKnowledge } from '../../../src/content-files/load-knowledge.ts';
import { systemActor } from '../../../src/core/access/actor.ts';
import { labCase } from '../../../src/demo/demo-cases.ts';
import { seedDemo } from '../../../src/demo/seed-demo.ts';
import { findBreachIdBySlug } from '../../../src/storage/repositories/breaches.ts';
import {
  listKamervragenSetsForBreach,
  unlinkKamervragenSet,
} from '../../../src/storage/repositories/kamervragen-repository.ts';
import { openStorage, type Storage } from '../../../src/storage/open-storage.ts';
import { findOrganisationBySlug } from '../../../src/storage/repositories/organisations.ts';
import { addMember } from '../../../src/use-cases/add-member.ts';
import { createUser } from '../../../src/use-cases/create-user.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildUser } from '../../support/builders.ts';
import { axeViolations, browserSkip, openBrowser, type TestBrowser } from '../../support/browser.ts';
import type { StoredKamervragenSet } from '../../../src/core/kamervragen/records.ts';

/** Presses Tab until the focused element's text starts with `text`, describing `describedBy`. */
async function tabToButton(page: Page, text: string, describedBy: string, limit = 300): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.tagName === 'BUTTON'
        ? { text: element.textContent?.trim() ?? '', describedBy: element.getAttribute('aria-describedby') }
        : undefined;
    });
    if (focused?.text.startsWith(text) && focused.describedBy === describedBy) return;
  }
  assert.fail(`the button "${text}" for ${describedBy} was not reached with the Tab key`);
}

describe('workspace Kamervragen links in a real browser', { skip: browserSkip }, () => {
  let browser: TestBrowser;
  let storage: Storage;
  let close: () => Promise<void>;
  let url: string;
  let labId: string;
  let labSets: StoredKamervragenSet[];
  const person = buildUser();

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
    await seedDemo(deps);
    labId = (await findBreachIdBySlug(storage.db, labCase.content.slug)) ?? '';
    const bvo = await findOrganisationBySlug(storage.db, 'bevolkingsonderzoek-nederland');
    assert.ok(labId && bvo);
    labSets = await listKamervragenSetsForBreach(storage.db, labId);
    for (const set of labSets) await unlinkKamervragenSet(storage.db, { setId: set.id, breachId: labId });
    await createUser(deps, { actor: systemActor, ...person });
    await addMember(deps, {
      actor: systemActor,
      organisationId: bvo.id,
      email: person.email,
      role: 'editor',
    });
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

  test('an editor links a suggested set with the keyboard, and both states of the page pass axe-core', async () => {
    const page = await browser.newPage();
    const path = `/werkruimte/datalekken/${labId}/kamervragen`;
    await page.goto(`${url}${path}`);
    await page.fill('#email', person.email);
    await page.fill('#password', person.password);
    await Promise.all([page.waitForURL(`${url}${path}`), page.press('#password', 'Enter')]);
    assert.deepEqual(await axeViolations(page), [], 'suggestions');

    const set = labSets[0];
    assert.ok(set);
    await tabToButton(page, 'Koppelen', `kv-${set.id}`);
    await Promise.all([page.waitForURL(/bericht=gekoppeld/), page.keyboard.press('Enter')]);
    const linked = (await page.textContent('#linked ~ table')) ?? '';
    assert.ok(linked.includes(set.title));
    assert.deepEqual(await axeViolations(page), [], 'after linking');

    await page.goto(`${url}/register/${labCase.content.slug}`);
    assert.ok(((await page.textContent('main')) ?? '').includes(set.title));
  });
});
