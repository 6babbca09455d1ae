import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { updateBreach } from '../../../src/use-cases/update-breach.ts';
import { normalizeHtml } from '../../support/web.ts';
import { csrfOf, signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

/** Answers for steps 1 to 5 that pass; step 6 (the address for privacy requests) is added per test. */
const earlierSteps = {
  'title.nl': 'Lek in het klantportaal',
  'title.en': 'Leak in the customer portal',
  sector: 'retail',
  'description.nl': 'Klanten konden elkaars facturen zien.',
  'description.en': 'Customers could see each other’s invoices.',
  ownRole: 'controller',
  discoveredOn: '2026-11-20',
  dataCategories: ['name', 'email'],
};

const countBreaches = async (w: World) =>
  Number(
    (
      await w.storage.db
        .selectFrom('breaches')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('registering a breach: the address for privacy requests', () => {
  let w: World;
  let owner: Client;
  let wizard: string;

  before(async () => {
    w = await workspaceWorld();
    owner = await signIn(w.app, w.world.ownerA.email, w.world.ownerA.password);
    wizard = `/werkruimte/organisaties/${w.world.orgA.id}/datalekken/nieuw`;
  });
  after(() => w.close());

  /** Posts one wizard step with every answer so far, with the CSRF token of `from`. */
  const postStep = (from: string, step: string, action: string, answers: Record<string, string | string[]>) =>
    owner.postRaw(wizard, { _csrf: csrfOf(from), step, action, ...answers });

  test('entered in step 6, shown on the check page, stored, and printed in a victim’s letter', async () => {
    const answers = {
      ...earlierSteps,
      'privacyContact.email': 'privacy@klantportaal.example',
      'privacyContact.postalAddress': 'Postbus 4321, 3500 GH Utrecht',
    };
    const step5 = await postStep((await owner.get(wizard)).body, '4', 'next', earlierSteps);
    const step6 = await postStep(step5.body, '5', 'next', earlierSteps);
    assert.match(step6.body, /Stap 6 van 6/);
    const html = normalizeHtml(step6.body);
    assert.match(html, /<h1[^>]*>\s*Adres voor privacyverzoeken\s*<\/h1>/);
    assert.match(html, /E-mailadres voor privacyverzoeken \(niet verplicht\)/);
    assert.match(html, /type="email"/);
    assert.match(html, /id="privacyContact-postalAddress-hint"[^>]*>Zet een komma tussen de regels\./);
    // The answers of steps 1–5 travel along in hidden fields.
    assert.match(html, /type="hidden" name="title.nl" value="Lek in het klantportaal"/);

    const check = await postStep(step6.body, '6', 'next', answers);
    assert.match(check.body, /Controleer uw antwoorden/);
    const checkHtml = normalizeHtml(check.body);
    assert.match(checkHtml, /<dd>\s*privacy@klantportaal\.example\s*<\/dd>/);
    assert.match(checkHtml, /<dd>\s*Postbus 4321, 3500 GH Utrecht\s*<\/dd>/);
    assert.match(checkHtml, /type="hidden" name="privacyContact.email" value="privacy@klantportaal.example"/);
    assert.match(checkHtml, /value="goto-6"/);
    assert.doesNotMatch(checkHtml, /geen adres voor privacyverzoeken ingevuld/);

    const saved = await postStep(check.body, 'check', 'save', answers);
    assert.equal(saved.statusCode, 303);
    const id = /\/werkruimte\/datalekken\/([^?]+)\?/.exec(String(saved.headers.location))?.[1] ?? '';
    const stored = await loadBreach(w.storage.db, id);
    assert.deepEqual(stored?.privacyContact, {
      email: 'privacy@klantportaal.example',
      postalAddress: 'Postbus 4321, 3500 GH Utrecht',
    });
    // The edit form opens with what the wizard stored.
    const edit = normalizeHtml((await owner.get(`/werkruimte/datalekken/${id}/bewerken`)).body);
    assert.match(edit, /name="privacyContact.postalAddress" value="Postbus 4321, 3500 GH Utrecht"/);

    // Publishing needs a source or a helpline, which the wizard does not ask: add a source only,
    // so the address in the letter can only have come from the wizard.
    const withSource = await updateBreach(w.deps, {
      actor: systemActor,
      breachId: id,
      expectedVersion: stored?.version ?? 0,
      changes: {
        sources: [{ title: 'Persbericht', url: 'https://klantportaal.example/pers', kind: 'organisation' }],
      },
    });
    const published = await owner.post(`/werkruimte/datalekken/${id}/publiceren`, {
      expectedVersion: String(withSource.version),
      confirm: 'yes',
    });
    assert.equal(published.statusCode, 303);

    const form = normalizeHtml((await w.app.inject(`/brieven?datalek=${withSource.slug}`)).body);
    assert.match(form, /href="mailto:privacy@klantportaal\.example"/);
    assert.match(form, /per post: Postbus 4321, 3500 GH Utrecht/);
    const letter = {
      datalek: withSource.slug,
      soort: 'access_request',
      taal: 'nl',
      naam: 'Jozefien Vermeulen-Ünal',
      straat: 'Kastanjelaan 17',
      postcode: '9712 AB',
      plaats: 'Groningen',
      formaat: 'txt',
    };
    const post = (fields: Record<string, string>) =>
      w.app.inject({
        method: 'POST',
        url: '/brieven',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
    const addressBlock = new RegExp(
      `${w.world.orgA.name}\\nT\\.a\\.v\\. de functionaris gegevensbescherming\\nPostbus 4321\\n3500 GH Utrecht\\nE-mail: privacy@klantportaal\\.example`,
    );
    const preview = await post({ ...letter, actie: 'bekijken' });
    assert.equal(preview.statusCode, 200);
    assert.match(normalizeHtml(preview.body), /Zo ziet uw brief eruit/);
    assert.match(preview.body, addressBlock);
    const download = await post(letter);
    assert.match(String(download.headers['content-disposition']), /attachment/);
    assert.match(download.body, addressBlock);
  });

  test('a wrong e-mail address or a postal address on one line is named next to its field, keeping what was typed', async () => {
    const step6 = await postStep((await owner.get(wizard)).body, '5', 'next', earlierSteps);
    const wrong = await postStep(step6.body, '6', 'next', {
      ...earlierSteps,
      'privacyContact.email': 'privacy at klantportaal',
      'privacyContact.postalAddress': 'Postbus 4321 Utrecht',
    });
    assert.equal(wrong.statusCode, 400);
    const html = normalizeHtml(wrong.body);
    assert.match(html, /Stap 6 van 6/);
    assert.match(html, /href="#privacyContact-email"/);
    assert.match(html, /href="#privacyContact-postalAddress"/);
    assert.match(html, /id="privacyContact-email-error"[^>]*>.*Vul een e-mailadres in/);
    assert.match(
      html,
      /id="privacyContact-postalAddress-error"[^>]*>.*Vul het hele postadres in, met een komma tussen de regels/,
    );
    assert.match(html, /value="privacy at klantportaal"/);
    assert.match(html, /value="Postbus 4321 Utrecht"/);

    const english = await owner.post(`/en${wizard}`, {
      step: '6',
      action: 'next',
      ...earlierSteps,
      'privacyContact.email': '',
      'privacyContact.postalAddress': 'Utrecht, Nederland',
    });
    assert.equal(english.statusCode, 400);
    assert.match(english.body, /Enter the whole postal address, with a comma between the lines\./);
  });

  test('left empty, the check page says victims will have to search for the address, and nothing is stored for it', async () => {
    const check = await postStep((await owner.get(wizard)).body, '6', 'next', {
      ...earlierSteps,
      'privacyContact.email': '',
      'privacyContact.postalAddress': '  ',
    });
    assert.match(check.body, /Controleer uw antwoorden/);
    assert.match(
      check.body,
      /U heeft geen adres voor privacyverzoeken ingevuld\. Dan moeten getroffen mensen zelf zoeken waar zij hun brief heen sturen\./,
    );
    const saved = await postStep(check.body, 'check', 'save', earlierSteps);
    assert.equal(saved.statusCode, 303);
    const id = /\/werkruimte\/datalekken\/([^?]+)\?/.exec(String(saved.headers.location))?.[1] ?? '';
    assert.equal((await loadBreach(w.storage.db, id))?.privacyContact, null);
  });

  test('"change" on the check page opens step 6 and returns to the check page', async () => {
    const answers = { ...earlierSteps, 'privacyContact.email': 'privacy@klantportaal.example' };
    const change = await postStep((await owner.get(wizard)).body, 'check', 'goto-6', answers);
    assert.match(change.body, /Stap 6 van 6/);
    assert.match(change.body, /name="returnToCheck" value="1"/);
    assert.match(
      normalizeHtml(change.body),
      /name="privacyContact.email" value="privacy@klantportaal.example"/,
    );
    const back = await postStep(change.body, '6', 'next', { ...answers, returnToCheck: '1' });
    assert.match(back.body, /Controleer uw antwoorden/);
  });

  test('a tampered hidden address is refused at saving: step 6 opens with the message and nothing is stored', async () => {
    const before = await countBreaches(w);
    const page = await postStep((await owner.get(wizard)).body, 'check', 'save', {
      ...earlierSteps,
      'privacyContact.email': 'niet-een-adres',
    });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Stap 6 van 6/);
    assert.match(page.body, /href="#privacyContact-email"/);
    assert.equal(await countBreaches(w), before);
  });

  test('the edit form checks the address the same way as the wizard', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/bewerken`;
    const form = await owner.get(url);
    const version = /name="expectedVersion" value="(\d+)"/.exec(form.body)?.[1] ?? '';
    const refused = await owner.postRaw(url, {
      _csrf: csrfOf(form.body),
      expectedVersion: version,
      ...earlierSteps,
      'privacyContact.postalAddress': 'Stationsplein',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(
      normalizeHtml(refused.body),
      /id="privacyContact-postalAddress-error"[^>]*>.*Vul het hele postadres in/,
    );
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.version, Number(version));
  });
});
