import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { insertLetterVariant } from '../../../src/storage/repositories/letter-variants.ts';
import { assessBreach } from '../../../src/use-cases/assess-breach.ts';
import { buildIncident } from '../../core/assessment/fixtures.ts';
import { normalizeHtml } from '../../support/web.ts';
import { signIn, type Client } from '../workspace/support.ts';
import {
  buildSenderForm,
  buildVariantForm,
  lettersUrl,
  lettersWorld,
  people,
  recipientsCsv,
  suggestedFields,
  upload,
  type LettersWorld,
} from './support.ts';

describe('letter variants in the workspace', () => {
  let world: LettersWorld;
  let editor: Client;
  let breachId: string;
  const newVariant = () => `${lettersUrl(breachId)}/varianten/nieuw`;

  before(async () => {
    world = await lettersWorld();
    breachId = world.breachA.id;
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
  });
  after(async () => world.close());

  test('a variant with wrong fields is not saved and every field error is listed at once', async () => {
    const response = await editor.post(
      newVariant(),
      buildVariantForm({ group: '', certainty: 'maybe', categories: ['no_such_kind'] }),
    );
    assert.equal(response.statusCode, 422);
    const page = normalizeHtml(response.body);
    for (const id of ['group', 'certainty', 'categories'])
      assert.match(page, new RegExp(`href="#${id}"`), id);
    assert.match(page, /id="group-error"/);
    const rows = await world.storage.db.selectFrom('letter_variants').selectAll().execute();
    assert.equal(rows.length, 0);
    assert.doesNotMatch(page, /-findings"/);
  });

  test('a variant is saved per group, and a second variant for the same group is refused', async () => {
    const saved = await editor.post(newVariant(), buildVariantForm());
    assert.equal(saved.statusCode, 303);
    const again = await editor.post(newVariant(), buildVariantForm());
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Er is al een briefvariant voor deze groep\./);
    const rows = await world.storage.db.selectFrom('letter_variants').selectAll().execute();
    assert.deepEqual(
      rows.map((r) => r.recipient_group),
      ['Klanten'],
    );
    const audit = await world.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'letter_variant.%')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['letter_variant.created'],
    );
  });

  test('a group the breach does not have is refused with the groups to choose from', async () => {
    const response = await editor.post(newVariant(), buildVariantForm({ group: 'bevestigd' }));
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Kies een groep van dit datalek: Klanten\./);
  });

  test('plain-language findings are shown on a form sent back with errors, before anything is saved', async () => {
    const response = await editor.post(
      newVariant(),
      buildVariantForm({ group: '', 'texts.nl.measures': 'Wij hebben middels een update het lek gedicht.' }),
    );
    assert.equal(response.statusCode, 422);
    assert.match(normalizeHtml(response.body), /id="texts-nl-measures-findings"/);
  });

  test('plain-language findings are shown right under the field they are about', async () => {
    const long =
      'Wij willen u er middels dit schrijven van op de hoogte stellen dat er bij ons een incident heeft plaatsgevonden waarbij door een onbevoegde derde partij toegang is verkregen tot een systeem waarin persoonsgegevens van betrokkenen werden verwerkt.';
    const saved = await editor.post(
      newVariant(),
      buildVariantForm({ group: 'confirmed', 'texts.nl.whatHappened': long }),
    );
    assert.equal(saved.statusCode, 303);
    const page = normalizeHtml((await editor.get(String(saved.headers.location))).body);
    assert.match(page, /De briefvariant is opgeslagen\./);
    const field = page.indexOf('id="texts-nl-whatHappened"');
    const findings = page.indexOf('id="texts-nl-whatHappened-findings"');
    const nextField = page.indexOf('id="texts-nl-consequences"');
    assert.ok(
      field > 0 && findings > field && findings < nextField,
      'findings sit between the field and the next one',
    );
    assert.doesNotMatch(page, /id="texts-nl-measures-findings"/);
  });

  test('the completeness check names each missing item per variant, linked to its field', async () => {
    await editor.post(`${lettersUrl(breachId)}/afzender`, buildSenderForm({ 'contact.name': '' }));
    const saved = await editor.post(
      newVariant(),
      buildVariantForm({
        group: 'Customers',
        'texts.nl.measures': '',
        'texts.nl.consequences': '',
        'texts.en.subject': 'Breach',
      }),
    );
    assert.equal(saved.statusCode, 303);
    const overview = normalizeHtml((await editor.get(lettersUrl(breachId))).body);
    assert.match(overview, /De brieven zijn nog niet compleet/);
    for (const item of ['measures', 'consequences', 'what_happened', 'contact_point_name'])
      assert.match(overview, new RegExp(`data-item="${item}"`), item);
    assert.match(overview, /href="\/werkruimte\/datalekken\/[^"]+\/varianten\/[^"#]+#texts-nl-measures"/);
    assert.match(overview, /href="\/werkruimte\/datalekken\/[^"]+\/varianten\/[^"#]+#texts-en-whatHappened"/);
  });

  test('starting a round is blocked while anything is missing, and nothing is made', async () => {
    const sent = await upload(world, editor, breachId, recipientsCsv(people(2)));
    const url = String(sent.headers.location);
    const form = await editor.get(url);
    const response = await editor.post(url, { ...suggestedFields(form.body), action: 'start' });
    assert.equal(response.statusCode, 422);
    const page = normalizeHtml(response.body);
    assert.match(page, /Er wordt niets gemaakt tot alles is ingevuld\./);
    assert.match(page, /data-item="measures"/);
    assert.match(page, /data-item="contact_point_name"/);
    assert.equal((await world.storage.db.selectFrom('letter_jobs').selectAll().execute()).length, 0);
  });

  test('the latest assessment adds its likely consequences and the kinds of data no variant names', async () => {
    await assessBreach(world.deps, {
      actor: world.world.editorA.actor,
      breachId,
      facts: buildIncident({ categories: ['name', 'bsn', 'iban'] }),
    });
    const page = normalizeHtml((await editor.get(lettersUrl(breachId))).body);
    assert.match(page, /id="assessment-advice"/);
    assert.match(page, /Volgens de beoordeling zijn dit waarschijnlijke gevolgen/);
    assert.match(page, /in geen enkele briefvariant: iban\./);
  });

  test('pages show in English at /en with the same checks', async () => {
    const page = (await editor.get(`/en${lettersUrl(breachId)}`)).body;
    assert.match(page, /The letters are not complete yet/);
    assert.match(page, /Describe the measures you took or will take/);
  });

  test('a variant whose group the breach no longer has blocks sending', async () => {
    // The state after the breach's groups were edited: a stored variant for a group that is gone.
    await insertLetterVariant(
      world.storage.db,
      {
        id: 'stale-variant',
        breachId,
        organisationId: world.world.orgA.id,
        group: 'Oude groep',
        certainty: 'possibly',
        categories: ['name'],
        texts: {},
        updatedAt: '2026-11-25T12:00:00.000Z',
        updatedBy: null,
      },
      '2026-11-25T12:00:00.000Z',
    );
    const page = normalizeHtml((await editor.get(lettersUrl(breachId))).body);
    assert.match(page, /data-item="group_not_in_breach"/);
    assert.match(page, /Kies een groep van het datalek: Klanten \(Oude groep\)\./);
  });
});
