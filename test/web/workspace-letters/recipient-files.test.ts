// The upload and mapping steps with files as organisations export them: a Windows-1252 CSV
// from Excel on a Dutch PC and an .xlsx with split name and house-number columns (written here
// with ExcelJS), and the sender form refusing a return address that cannot fit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { signIn, type Client } from '../workspace/support.ts';
import {
  buildSenderForm,
  lettersUrl,
  lettersWorld,
  prepareLetters,
  suggestedFields,
  upload,
  type LettersWorld,
} from './support.ts';

describe('recipient files in the workspace', () => {
  let world: LettersWorld;
  let editor: Client;
  let breachId: string;

  before(async () => {
    world = await lettersWorld();
    breachId = world.breachA.id;
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, breachId);
  });
  after(async () => world.close());

  test('a Windows-1252 CSV is read as such, said on the page, and duplicates are reported', async () => {
    const lines = [
      'naam;straat;postcode;woonplaats;groep;gegevens',
      'Jürgen Müller;Lindenlaan 3;1234ab;Zoetermeer;Klanten;naam|geboortedatum',
      'Jürgen Müller;Lindenlaan 3;1234 AB;Zoetermeer;Klanten;naam',
    ];
    const sent = await upload(world, editor, breachId, Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1'));
    assert.equal(sent.statusCode, 303);
    const url = String(sent.headers.location);
    const page = await editor.get(url);
    assert.match(page.body, /als Windows-1252/);
    const labels = [...page.body.matchAll(/<label[^>]*>([^<]*)<\/label>/g)].map((m) => (m[1] ?? '').trim());
    assert.ok(labels.includes('Naam'), 'a required field is not marked optional');
    assert.ok(labels.includes('Land (niet verplicht)'));
    const checked = await editor.post(url, { ...suggestedFields(page.body), action: 'check' });
    assert.match(checked.body, /Ontvangen: 2 rijen\. Goed: 1\. Niet goed: 1\./);
    assert.match(checked.body, /dezelfde persoon als op regel 2/);
    assert.doesNotMatch(checked.body, /\uFFFD|Ã/);
  });

  test('an .xlsx upload becomes the upload CSV with composed name and house number suggested', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Blad1');
    sheet.addRow([
      'Voornaam',
      'Tussenvoegsel',
      'Achternaam',
      'Straat',
      'Huisnummer',
      'Huisletter',
      'Postcode',
      'Woonplaats',
      'Groep',
      'Gegevens',
    ]);
    sheet.addRow(['Anne', 'van den', 'Berg', 'Stationsweg', 17, 'a', '3511CE', 'Utrecht', 'Klanten', 'naam']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const sent = await upload(world, editor, breachId, bytes);
    assert.equal(sent.statusCode, 303);
    const page = await editor.get(String(sent.headers.location));
    assert.equal(page.statusCode, 200);
    const fields = suggestedFields(page.body);
    assert.deepEqual(
      [fields['mapping.name'], fields['mapping.name.2'], fields['mapping.name.3']],
      ['Voornaam', 'Tussenvoegsel', 'Achternaam'],
    );
    assert.deepEqual(
      [fields['mapping.houseNumber'], fields['mapping.houseNumber.2']],
      ['Huisnummer', 'Huisletter'],
    );
    assert.match(page.body, /Excel-bestand/);
    const checked = await editor.post(String(sent.headers.location), { ...fields, action: 'check' });
    assert.match(checked.body, /id="report-totals"/);
    assert.doesNotMatch(checked.body, /Rijen die niet goed zijn/);
  });

  test('a workbook of several sheets offers a sheet choice; choosing one suggests its columns and checks its rows', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Toelichting').addRow(['Deze lijst is gemaakt op 1 december']);
    const people = book.addWorksheet('Ontvangers');
    people.addRow([
      'Voornaam',
      'Achternaam',
      'Straat',
      'Huisnummer',
      'Postcode',
      'Woonplaats',
      'Groep',
      'Gegevens',
    ]);
    people.addRow(['Anne', 'Berg', 'Stationsweg', 17, '3511CE', 'Utrecht', 'Klanten', 'naam']);
    people.addRow(['Bram', 'Dijk', 'Stationsweg', 19, '3511CE', 'Utrecht', 'Klanten', 'naam']);
    const sent = await upload(world, editor, breachId, Buffer.from(await book.xlsx.writeBuffer()));
    assert.equal(sent.statusCode, 303);
    const url = String(sent.headers.location);
    const first = await editor.get(url);
    assert.match(first.body, /Werkblad met de ontvangers/);
    assert.match(first.body, /We lezen werkblad &quot;Toelichting&quot;|We lezen werkblad "Toelichting"/);
    const firstFields = suggestedFields(first.body);
    assert.equal(firstFields.sheet, 'Toelichting', 'the first sheet is read until another is chosen');
    assert.equal(firstFields['mapping.street'], '');

    const chosen = await editor.post(url, { ...firstFields, sheet: 'Ontvangers', action: 'check' });
    assert.equal(chosen.statusCode, 200);
    const fields = suggestedFields(chosen.body);
    assert.equal(fields.sheet, 'Ontvangers');
    assert.deepEqual([fields['mapping.name'], fields['mapping.name.2']], ['Voornaam', 'Achternaam']);
    assert.equal(fields['mapping.street'], 'Straat');
    assert.doesNotMatch(
      chosen.body,
      /id="report-totals"/,
      'another sheet is not checked with the old columns',
    );

    const checked = await editor.post(url, { ...fields, action: 'check' });
    assert.match(checked.body, /Ontvangen: 2 rijen\. Goed: 2\. Niet goed: 0\./);
  });

  test('the sender form refuses a return address that cannot fit above the window', async () => {
    const saved = await editor.post(
      `${lettersUrl(breachId)}/afzender`,
      buildSenderForm({
        addressLines:
          'Afdeling Klinische Genetica en Laboratoriumgeneeskunde, Bureau Privacy en Informatiebeveiliging\nHanzeplein 1, Ingang Triade\n9713 GZ Groningen',
      }),
    );
    assert.equal(saved.statusCode, 422);
    assert.match(saved.body, /past niet boven het venster van de envelop/);
  });
});
