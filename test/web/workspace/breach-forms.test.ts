import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemActor } from '../../../src/core/access/actor.ts';
import { hibpBreachInputSchema, planHibpImport } from '../../../src/importers/hibp/hibp-breach.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { saveHibpSource } from '../../../src/storage/repositories/hibp-sources.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildBreach } from '../../support/builders.ts';
import { normalizeHtml } from '../../support/web.ts';
import { csrfOf, signIn, workspaceWorld, type Client } from './support.ts';

type World = Awaited<ReturnType<typeof workspaceWorld>>;

async function countBreaches(w: World): Promise<number> {
  const row = await w.storage.db
    .selectFrom('breaches')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('workspace breach forms', () => {
  let w: World;
  let owner: Client;
  let wizard: string;

  before(async () => {
    w = await workspaceWorld();
    owner = await signIn(w.app, w.world.ownerA.email, w.world.ownerA.password);
    wizard = `/werkruimte/organisaties/${w.world.orgA.id}/datalekken/nieuw`;
  });
  after(() => w.close());

  test('the dashboard lists the organisation with its breaches and their status', async () => {
    const page = await owner.get('/werkruimte');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(w.world.orgA.name));
    assert.match(page.body, /concept \(niet openbaar\)/);
    assert.doesNotMatch(page.body, new RegExp(w.world.orgB.name));
  });

  test('the wizard goes step by step to a check page, and only saving there stores the breach', async () => {
    const before = await countBreaches(w);
    const first = await owner.get(wizard);
    assert.match(first.body, /Stap 1 van 5/);
    const answers: Record<string, string | string[]> = {
      'title.nl': 'Lek bij de balie',
      'title.en': 'Leak at the desk',
      sector: 'retail',
    };
    let page = await owner.postRaw(wizard, {
      _csrf: csrfOf(first.body),
      step: '1',
      action: 'next',
      ...answers,
    });
    assert.match(page.body, /Stap 2 van 5/);
    assert.match(page.body, /name="title.nl" value="Lek bij de balie"/);
    Object.assign(answers, {
      'description.nl': 'Een lijst lag open.',
      'description.en': 'A list was left open.',
      ownRole: 'controller',
    });
    page = await owner.postRaw(wizard, { _csrf: csrfOf(page.body), step: '2', action: 'next', ...answers });
    assert.match(page.body, /Stap 3 van 5/);
    Object.assign(answers, { discoveredOn: '2026-11-20' });
    page = await owner.postRaw(wizard, { _csrf: csrfOf(page.body), step: '3', action: 'next', ...answers });
    assert.match(page.body, /Stap 4 van 5/);
    Object.assign(answers, { dataCategories: ['name', 'email'] });
    page = await owner.postRaw(wizard, { _csrf: csrfOf(page.body), step: '4', action: 'next', ...answers });
    assert.match(page.body, /Stap 5 van 5/);
    Object.assign(answers, {
      'peopleAffected.count': '120',
      'peopleAffected.effectiveOn': '2026-11-21',
      'peopleAffected.reason.nl': 'Eerste telling.',
      'peopleAffected.reason.en': 'First count.',
    });
    page = await owner.postRaw(wizard, { _csrf: csrfOf(page.body), step: '5', action: 'next', ...answers });
    assert.match(page.body, /Controleer uw antwoorden/);
    assert.match(page.body, /Lek bij de balie/);
    assert.equal(await countBreaches(w), before, 'nothing is stored before the check page is confirmed');

    const saved = await owner.postRaw(wizard, {
      _csrf: csrfOf(page.body),
      step: 'check',
      action: 'save',
      ...answers,
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(await countBreaches(w), before + 1);
    const id = /\/werkruimte\/datalekken\/([^?]+)\?/.exec(String(saved.headers.location))?.[1];
    assert.ok(id);
    const breach = await loadBreach(w.storage.db, id);
    assert.equal(breach?.title.en, 'Leak at the desk');
    assert.deepEqual(breach?.dataCategories, ['email', 'name']);
    assert.equal(breach?.peopleAffected, 120);
    assert.equal(breach?.status, 'draft');
  });

  test('a step with mistakes shows each field error next to its field and in the summary, keeping the values', async () => {
    const first = await owner.get(wizard);
    const page = await owner.postRaw(wizard, {
      _csrf: csrfOf(first.body),
      step: '1',
      action: 'next',
      'title.nl': 'Alleen Nederlands',
      'title.en': '',
      sector: '',
    });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Stap 1 van 5/);
    assert.match(page.body, /href="#title-en"/);
    assert.match(page.body, /href="#sector"/);
    assert.match(page.body, /id="title-en-error"/);
    assert.match(page.body, /value="Alleen Nederlands"/);
  });

  test('a changed answer from the check page returns to the check page', async () => {
    const first = await owner.get(wizard);
    const answers = { 'title.nl': 'A', 'title.en': 'B', sector: 'retail' };
    const change = await owner.postRaw(wizard, {
      _csrf: csrfOf(first.body),
      step: 'check',
      action: 'goto-1',
      ...answers,
    });
    assert.match(change.body, /Stap 1 van 5/);
    assert.match(change.body, /name="returnToCheck" value="1"/);
    const back = await owner.postRaw(wizard, {
      _csrf: csrfOf(change.body),
      step: '1',
      action: 'next',
      returnToCheck: '1',
      ...answers,
    });
    assert.match(back.body, /Controleer uw antwoorden/);
  });

  test('saving a wizard whose hidden answers were tampered with shows the wrong step and stores nothing', async () => {
    const before = await countBreaches(w);
    const first = await owner.get(wizard);
    const page = await owner.postRaw(wizard, {
      _csrf: csrfOf(first.body),
      step: 'check',
      action: 'save',
      'title.nl': 'T',
      'title.en': 'T',
      sector: 'retail',
      'description.nl': 'D',
      'description.en': 'D',
      ownRole: 'controller',
      discoveredOn: '2026-13-45',
    });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /Stap 3 van 5/);
    assert.equal(await countBreaches(w), before);
  });

  test('the edit form saves every kind of field, and a mistake in one list saves nothing at all', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/bewerken`;
    const form = await owner.get(url);
    assert.match(normalizeHtml(form.body), /name="recipientGroups.0.name.nl" value="Klanten"/);
    const version = /name="expectedVersion" value="(\d+)"/.exec(form.body)?.[1] ?? '';
    const fields = {
      expectedVersion: version,
      'title.nl': 'Nieuwe titel',
      'title.en': 'New title',
      sector: 'healthcare',
      'description.nl': 'Nieuwe beschrijving.',
      'description.en': 'New description.',
      ownRole: 'controller',
      'otherParties.0.slug': w.world.orgB.slug,
      'otherParties.0.role': 'processor',
      discoveredOn: '2026-02-01',
      dataCategories: ['name', 'health_data'],
      'recipientGroups.0.name.nl': 'Patiënten',
      'recipientGroups.0.name.en': 'Patients',
      'recipientGroups.0.certainty': 'possibly',
      'recipientGroups.0.count': '300',
      'measures.0.nl': 'Systeem afgesloten.',
      'measures.0.en': 'System shut down.',
      'helpline.phone': '0800-1234',
      'helpline.hours.nl': 'Elke dag',
      'helpline.hours.en': 'Every day',
      'helpline.url': 'https://example.test/hulp',
      'questions.0.question.nl': 'Wat nu?',
      'questions.0.question.en': 'What now?',
      'questions.0.answer.nl': 'Bel ons.',
      'questions.0.answer.en': 'Call us.',
      'sources.0.title': 'Persbericht',
      'sources.0.url': 'https://example.test/pers',
      'sources.0.kind': 'organisation',
    };
    const wrong = await owner.postRaw(url, {
      _csrf: csrfOf(form.body),
      ...fields,
      'recipientGroups.1.name.nl': 'Alleen Nederlands',
      'recipientGroups.1.certainty': 'confirmed',
      'recipientGroups.1.count': 'veel',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#recipientGroups-1-name-en"/);
    assert.match(wrong.body, /href="#recipientGroups-1-count"/);
    assert.match(normalizeHtml(wrong.body), /name="title.nl" value="Nieuwe titel"/);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.title.nl, w.breachA.title.nl);

    const saved = await owner.postRaw(url, { _csrf: csrfOf(wrong.body), ...fields });
    assert.equal(saved.statusCode, 303);
    const breach = await loadBreach(w.storage.db, w.breachA.id);
    assert.equal(breach?.title.nl, 'Nieuwe titel');
    assert.equal(breach?.sector, 'healthcare');
    assert.deepEqual(breach?.parties.find((p) => p.organisationId === w.world.orgB.id)?.role, 'processor');
    assert.deepEqual(breach?.recipientGroups, [
      { name: { nl: 'Patiënten', en: 'Patients' }, certainty: 'possibly', count: 300 },
    ]);
    assert.deepEqual(breach?.helpline, {
      phone: '0800-1234',
      hours: { nl: 'Elke dag', en: 'Every day' },
      url: 'https://example.test/hulp',
    });
    assert.equal(breach?.questions[0]?.answer.en, 'Call us.');
    assert.equal(breach?.sources[0]?.url, 'https://example.test/pers');
  });

  test('an edit of an older version is refused as a conflict and changes nothing', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/bewerken`;
    const before = await loadBreach(w.storage.db, w.breachA.id);
    const form = await owner.get(url);
    const response = await owner.postRaw(url, {
      _csrf: csrfOf(form.body),
      expectedVersion: '1',
      'title.nl': 'Oud',
      'title.en': 'Old',
      sector: 'retail',
      'description.nl': 'x',
      'description.en': 'x',
      ownRole: 'controller',
    });
    assert.equal(response.statusCode, 409);
    assert.deepEqual(await loadBreach(w.storage.db, w.breachA.id), before);
  });

  test('a public update is added to the timeline, and an empty one gets field messages', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/update`;
    const version = String((await loadBreach(w.storage.db, w.breachA.id))?.version);
    const empty = await owner.post(url, {
      expectedVersion: version,
      publishedOn: '2026-11-25',
      'text.nl': '',
      'text.en': '',
    });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /href="#text-nl"/);
    const added = await owner.post(url, {
      expectedVersion: version,
      publishedOn: '2026-11-25',
      'text.nl': 'Iedereen heeft een brief.',
      'text.en': 'Everyone has a letter.',
    });
    assert.equal(added.statusCode, 303);
    const page = await owner.get(`/werkruimte/datalekken/${w.breachA.id}`);
    assert.match(page.body, /Iedereen heeft een brief\./);
  });

  test('revising the count keeps the old number in the history shown on the form', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/aantal`;
    const version = String((await loadBreach(w.storage.db, w.breachA.id))?.version);
    const wrong = await owner.post(url, {
      expectedVersion: version,
      count: 'veel',
      effectiveOn: '2026-11-25',
      'reason.nl': '',
      'reason.en': 'x',
    });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#count"/);
    assert.match(wrong.body, /href="#reason-nl"/);
    const saved = await owner.post(url, {
      expectedVersion: version,
      count: '2400',
      effectiveOn: '2026-11-25',
      'reason.nl': 'Meer klanten gevonden.',
      'reason.en': 'More customers found.',
    });
    assert.equal(saved.statusCode, 303);
    const form = await owner.get(url);
    assert.match(form.body, /1\.200/);
    assert.match(form.body, /2\.400/);
    assert.match(form.body, /Meer klanten gevonden\./);
  });

  test('publishing asks for confirmation, then makes the breach public; closing keeps it public; taking it back makes it a draft', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/publiceren`;
    const confirm = await owner.get(url);
    assert.match(confirm.body, /Weet u het zeker\?/);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.status, 'draft');
    const version = String((await loadBreach(w.storage.db, w.breachA.id))?.version);
    const published = await owner.post(url, { expectedVersion: version, confirm: 'yes' });
    assert.equal(published.statusCode, 303);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.status, 'published');
    const close = `/werkruimte/datalekken/${w.breachA.id}/afsluiten`;
    assert.match(
      (await owner.get(`/werkruimte/datalekken/${w.breachA.id}`)).body,
      /Afsluiten \(afhandeling klaar/,
    );
    const closing = String((await loadBreach(w.storage.db, w.breachA.id))?.version);
    assert.equal((await owner.post(close, { expectedVersion: closing, confirm: 'yes' })).statusCode, 303);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.status, 'closed');
    const back = `/werkruimte/datalekken/${w.breachA.id}/terugtrekken`;
    const version2 = String((await loadBreach(w.storage.db, w.breachA.id))?.version);
    assert.equal((await owner.post(back, { expectedVersion: version2, confirm: 'yes' })).statusCode, 303);
    assert.equal((await loadBreach(w.storage.db, w.breachA.id))?.status, 'draft');
  });

  test('a breach from a sensitive HIBP record is published only with the confirmation that says why HIBP hides it', async () => {
    const breach = await registerBreach(w.deps, { actor: systemActor, ...buildBreach(w.world.orgA.id) });
    const record = hibpBreachInputSchema.parse({
      Name: 'DatingSite',
      Title: 'Dating site',
      BreachDate: '2025-01-02',
      PwnCount: 10,
      DataClasses: ['Email addresses'],
      IsSensitive: true,
    });
    await saveHibpSource(w.storage.db, {
      breachId: breach.id,
      organisationId: w.world.orgA.id,
      name: record.Name,
      record,
      descriptionLanguage: 'en',
      imported: planHibpImport(record, {}, 'en').imported,
      importedAt: '2026-01-01T00:00:00.000Z',
    });
    const url = `/werkruimte/datalekken/${breach.id}/publiceren`;
    const confirm = await owner.get(url);
    assert.match(confirm.body, /name="confirmSensitive"/);
    assert.match(confirm.body, /HIBP laat zulke datalekken niet zien/);
    const refused = await owner.post(url, { expectedVersion: '1', confirm: 'yes' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('href="#confirmSensitive"'), 'the summary links to the checkbox');
    assert.equal((await loadBreach(w.storage.db, breach.id))?.status, 'draft');
    const published = await owner.post(url, {
      expectedVersion: '1',
      confirm: 'yes',
      confirmSensitive: 'yes',
    });
    assert.equal(published.statusCode, 303);
    assert.equal((await loadBreach(w.storage.db, breach.id))?.status, 'published');
  });

  test('publishing a breach with gaps names each gap with a link to its field on the edit form', async () => {
    const bare = await registerBreach(w.deps, {
      actor: systemActor,
      ...buildBreach(w.world.orgA.id, {
        discoveredOn: null,
        authorityNotifiedOn: null,
        victimsNotifiedOn: null,
        sources: [],
        helpline: null,
      }),
    });
    const url = `/werkruimte/datalekken/${bare.id}/publiceren`;
    const response = await owner.post(url, { expectedVersion: '1', confirm: 'yes' });
    assert.equal(response.statusCode, 400);
    assert.ok(response.body.includes(`href="/werkruimte/datalekken/${bare.id}/bewerken#discoveredOn"`));
    assert.ok(response.body.includes(`href="/werkruimte/datalekken/${bare.id}/bewerken#sources"`));
    assert.match(response.body, /Geef minstens een bron of een hulplijn\./);
    assert.equal((await loadBreach(w.storage.db, bare.id))?.status, 'draft');
    const edit = await owner.get(`/werkruimte/datalekken/${bare.id}/bewerken`);
    assert.match(edit.body, /id="discoveredOn"/);
    assert.match(edit.body, /<fieldset[^>]*id="sources"/);
  });

  test('a breach registered from the English pages leads back to English pages', async () => {
    const url = `/en/werkruimte/organisaties/${w.world.orgA.id}/datalekken/nieuw`;
    const step = await owner.get(url);
    assert.match(step.body, /Step 1 of 5/);
    const saved = await owner.post(url, {
      step: 'check',
      action: 'save',
      'title.nl': 'Engels geregistreerd',
      'title.en': 'Registered in English',
      sector: 'other',
      'description.nl': 'x',
      'description.en': 'x',
      ownRole: 'processor',
    });
    assert.equal(saved.statusCode, 303);
    assert.match(
      String(saved.headers.location),
      /^\/en\/werkruimte\/datalekken\/[^/?]+\?bericht=geregistreerd$/,
    );
    const page = await owner.get(String(saved.headers.location));
    assert.match(page.body, /The data breach has been saved as a draft\./);
  });

  test('the English workspace has the same pages in English', async () => {
    const page = await owner.get(`/en/werkruimte/datalekken/${w.breachA.id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<html lang="en">/);
    assert.match(page.body, /Latest assessment/);
  });
});

describe('workspace CSRF protection', () => {
  let w: World;
  let owner: Client;
  before(async () => {
    w = await workspaceWorld();
    owner = await signIn(w.app, w.world.ownerA.email, w.world.ownerA.password);
  });
  after(() => w.close());

  test('a POST without a token or with a wrong or foreign one is refused and changes nothing', async () => {
    const url = `/werkruimte/datalekken/${w.breachA.id}/update`;
    const other = await signIn(w.app, w.world.editorA.email, w.world.editorA.password);
    const foreign = csrfOf((await other.get('/werkruimte')).body);
    const fields = { expectedVersion: '1', publishedOn: '2026-11-25', 'text.nl': 'x', 'text.en': 'x' };
    const before = await loadBreach(w.storage.db, w.breachA.id);
    for (const token of [undefined, 'wrong', foreign]) {
      const response = await owner.postRaw(url, token === undefined ? fields : { _csrf: token, ...fields });
      assert.equal(response.statusCode, 403, String(token));
      assert.match(response.body, /Het formulier is verlopen/);
    }
    assert.deepEqual(await loadBreach(w.storage.db, w.breachA.id), before);
    const updates = await w.storage.db
      .selectFrom('breach_updates')
      .selectAll()
      .where('breach_id', '=', w.breachA.id)
      .execute();
    assert.equal(updates.length, 0);
  });
});
