import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { loadKnowledge } from '../../../src/content-files/load-knowledge.ts';
import { systemActor } from '../../../src/core/access/actor.ts';
import { openStorage, type Storage } from '../../../src/storage/open-storage.ts';
import { addMember } from '../../../src/use-cases/add-member.ts';
import { createOrganisation } from '../../../src/use-cases/create-organisation.ts';
import { createUser } from '../../../src/use-cases/create-user.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { saveLetterSender } from '../../../src/use-cases/save-letter-sender.ts';
import { buildApp } from '../../../src/web/app.ts';
import {
  axeViolations,
  browserSkip,
  openBrowser,
  type TestBrowser,
  tabTo,
  tabToButton,
} from '../../support/browser.ts';
import { buildBreach, buildOrganisation, buildUser } from '../../support/builders.ts';
import { people, recipientsCsv } from './support.ts';

describe('workspace letters in a real browser', { skip: browserSkip }, () => {
  let browser: TestBrowser;
  let storage: Storage;
  let close: () => Promise<void>;
  let url: string;
  let lettersDir: string;
  let breachId: string;
  const person = buildUser();

  before(async () => {
    lettersDir = await mkdtemp(join(tmpdir(), 'dlw-browser-letters-'));
    const secret = 'test-secret-that-is-at-least-32-bytes-long';
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: secret,
      CODE_SECRET: secret,
      DATABASE_URL: 'sqlite::memory:',
      PORT: '0',
      LOG_LEVEL: 'silent',
      LETTERS_DIR: lettersDir,
    });
    storage = await openStorage({ url: config.databaseUrl });
    const deps = { db: storage.db, clock: () => new Date() };
    const organisation = await createOrganisation(deps, { actor: systemActor, ...buildOrganisation() });
    await createUser(deps, { actor: systemActor, ...person });
    await addMember(deps, {
      actor: systemActor,
      organisationId: organisation.id,
      email: person.email,
      role: 'editor',
    });
    breachId = (await registerBreach(deps, { actor: systemActor, ...buildBreach(organisation.id) })).id;
    await saveLetterSender(deps, {
      actor: systemActor,
      breachId,
      addressLines: ['Postbus 123', '3500 AA Utrecht'],
      contact: { name: 'Functionaris gegevensbescherming', phone: '030-123 45 67' },
      signatory: { name: 'J. de Vries' },
      referencePrefix: 'DL-2026-014',
    });
    const app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    url = `http://127.0.0.1:${address.port}`;
    close = async () => {
      await app.close();
      await storage.close();
      await rm(lettersDir, { recursive: true, force: true });
    };
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await close?.();
  });

  test('a keyboard user writes a letter variant and maps an uploaded file, and axe finds nothing', async () => {
    const page = await browser.newPage();
    const letters = `${url}/werkruimte/datalekken/${breachId}/brieven`;
    await page.goto(letters);
    await tabTo(page, 'email');
    await page.keyboard.type(person.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(person.password);
    await Promise.all([page.waitForURL(letters), page.keyboard.press('Enter')]);
    assert.match((await page.textContent('main')) ?? '', /De brieven zijn nog niet compleet/);
    assert.deepEqual(await axeViolations(page), [], 'letters overview');

    await page.goto(`${letters}/varianten/nieuw`);
    assert.deepEqual(await axeViolations(page), [], 'empty variant form');
    await tabTo(page, 'group');
    await page.keyboard.type('Klanten');
    await tabTo(page, 'certainty--confirmed');
    await page.keyboard.press('Space');
    await tabTo(page, 'categories--bsn');
    await page.keyboard.press('Space');
    const texts: [string, string][] = [
      ['texts-nl-subject', 'Datalek bij {organisationName}'],
      [
        'texts-nl-whatHappened',
        'Wij willen u er middels dit schrijven van op de hoogte stellen dat er bij ons een incident heeft plaatsgevonden waarbij door een onbevoegde derde partij toegang is verkregen tot persoonsgegevens van betrokkenen.',
      ],
      ['texts-nl-consequences', 'Criminelen kunnen u bellen en doen alsof zij ons zijn.'],
      ['texts-nl-measures', 'Wij hebben het lek gedicht.'],
      ['texts-nl-whatYouCanDo', 'Let op vreemde berichten.'],
    ];
    for (const [id, text] of texts) {
      await tabTo(page, id);
      await page.keyboard.type(text);
    }
    await tabToButton(page, 'Briefvariant opslaan');
    await Promise.all([
      page.waitForURL(/\/varianten\/[^/]+\?bericht=opgeslagen$/),
      page.keyboard.press('Enter'),
    ]);
    assert.match((await page.textContent('main')) ?? '', /Deze brief is compleet/);
    assert.equal(await page.locator('#texts-nl-whatHappened-findings').count(), 1);
    assert.deepEqual(await axeViolations(page), [], 'saved variant with plain-language findings');

    await page.goto(`${letters}/ontvangers`);
    assert.deepEqual(await axeViolations(page), [], 'upload step');
    await tabTo(page, 'recipients');
    await page.setInputFiles('#recipients', {
      name: 'ontvangers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        recipientsCsv(people(2), {
          extraLines: [';Kerkstraat 9;1234 AB;Zoetermeer;x@example.org;nl;Klanten;bsn'],
        }),
      ),
    });
    await tabToButton(page, 'Bestand uploaden');
    await Promise.all([page.waitForURL(/\/ontvangers\/[a-f0-9]{32}$/), page.keyboard.press('Enter')]);
    assert.match((await page.textContent('main')) ?? '', /Stap 2 van 3/);
    assert.equal(await page.locator('#mapping-name').inputValue(), 'naam');
    assert.deepEqual(await axeViolations(page), [], 'mapping step');

    await tabToButton(page, 'Bestand controleren');
    await Promise.all([page.waitForSelector('#report-totals'), page.keyboard.press('Enter')]);
    assert.match(
      (await page.textContent('#report-totals')) ?? '',
      /Ontvangen: 3 rijen\. Goed: 2\. Niet goed: 1\./,
    );
    await tabToButton(page, 'Brieven maken');
    assert.deepEqual(await axeViolations(page), [], 'validation report with the start button');
  });
});
