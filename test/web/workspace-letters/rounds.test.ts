import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { signIn, type Client } from '../workspace/support.ts';
import {
  lettersUrl,
  lettersWorld,
  people,
  prepareLetters,
  recipientsCsv,
  suggestedFields,
  upload,
  waitForRound,
  type LettersWorld,
} from './support.ts';

describe('letter rounds from the workspace', () => {
  let world: LettersWorld;
  let editor: Client;
  let breachId: string;
  let roundUrl = '';
  let uploadFolder = '';

  before(async () => {
    world = await lettersWorld();
    breachId = world.breachA.id;
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, breachId);
  });
  after(async () => world.close());

  test('an upload leads to a mapping step with the columns suggested from the headers', async () => {
    const sent = await upload(
      world,
      editor,
      breachId,
      recipientsCsv(people(3), {
        extraLines: [';Kerkstraat 9;1234 AB;Zoetermeer;x@example.org;nl;Klanten;bsn'],
      }),
    );
    assert.equal(sent.statusCode, 303);
    const location = String(sent.headers.location);
    assert.match(location, /\/brieven\/ontvangers\/[a-f0-9]{32}$/);
    uploadFolder = location.split('/').pop() ?? '';
    assert.ok(existsSync(join(world.lettersDir, uploadFolder, 'recipients.csv')));
    const page = await editor.get(location);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Stap 2 van 3/);
    assert.deepEqual(
      {
        name: suggestedFields(page.body)['mapping.name'],
        group: suggestedFields(page.body)['mapping.group'],
      },
      { name: 'naam', group: 'groep' },
    );
  });

  test('checking the file reports every rejected row with its row number, field and reason', async () => {
    const url = `${lettersUrl(breachId)}/ontvangers/${uploadFolder}`;
    const page = await editor.get(url);
    const checked = await editor.post(url, { ...suggestedFields(page.body), action: 'check' });
    assert.equal(checked.statusCode, 200);
    assert.match(checked.body, /Ontvangen: 4 rijen\. Goed: 3\. Niet goed: 1\./);
    assert.match(
      checked.body,
      /<td class="utrecht-table__cell">4<\/td>\s*<td class="utrecht-table__cell">5<\/td>\s*<td class="utrecht-table__cell">Naam<\/td>/,
    );
    assert.match(checked.body, /value="start"/);
  });

  test('starting shows progress, then the files, and the uploaded file is deleted when done', async () => {
    const url = `${lettersUrl(breachId)}/ontvangers/${uploadFolder}`;
    const page = await editor.get(url);
    const started = await editor.post(url, { ...suggestedFields(page.body), action: 'start' });
    assert.equal(started.statusCode, 303, started.body);
    roundUrl = String(started.headers.location);
    const done = await waitForRound(editor, roundUrl);
    assert.match(done, /Het bestand met ontvangers is verwijderd op 2026-11-25/);
    assert.ok(!existsSync(join(world.lettersDir, uploadFolder, 'recipients.csv')));
    assert.match(done, /manifest\.csv/);
    assert.match(done, /letters-00001\.pdf/);
    assert.match(done, /De bestanden worden op 2026-12-02 vanzelf verwijderd/);
  });

  test('the outputs download for an editor of the organisation', async () => {
    const manifest = await editor.get(`${roundUrl}/bestanden/manifest.csv`);
    assert.equal(manifest.statusCode, 200);
    assert.match(String(manifest.headers['content-disposition']), /attachment; filename="manifest.csv"/);
    assert.equal(manifest.body.trim().split('\n').length, 4);
    const pdf = await editor.get(`${roundUrl}/bestanden/letters-00001.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
  });

  test('no database table holds a recipient name', async () => {
    const tables = [
      'letter_variants',
      'letter_senders',
      'letter_web_jobs',
      'letter_jobs',
      'audit_log',
    ] as const;
    for (const table of tables) {
      const rows = await world.storage.db.selectFrom(table).selectAll().execute();
      assert.ok(!JSON.stringify(rows).includes('Testpersoon'), `${table} holds a name`);
    }
  });

  test('deleting the outputs removes the folder and the downloads', async () => {
    const deleted = await editor.post(`${roundUrl}/verwijderen`, {}, roundUrl);
    assert.equal(deleted.statusCode, 303);
    assert.ok(!existsSync(join(world.lettersDir, uploadFolder)));
    assert.equal((await editor.get(`${roundUrl}/bestanden/manifest.csv`)).statusCode, 404);
    assert.match((await editor.get(roundUrl)).body, /zijn verwijderd op 2026-11-25/);
    assert.deepEqual(readdirSync(world.lettersDir), []);
  });
});
