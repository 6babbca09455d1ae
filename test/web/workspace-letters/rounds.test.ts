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
  let startForm: Record<string, string | string[]> = {};

  before(async () => {
    world = await lettersWorld();
    breachId = world.breachA.id;
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, breachId);
  });
  after(async () => world.close());

  const roundsOf = async (breach: string) =>
    (
      await world.storage.db
        .selectFrom('letter_jobs')
        .select('round')
        .where('breach_id', '=', breach)
        .orderBy('round')
        .execute()
    ).map((job) => job.round);

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

  test('two starts of one file at the same moment make exactly one round', async () => {
    const url = `${lettersUrl(breachId)}/ontvangers/${uploadFolder}`;
    const page = await editor.get(url);
    startForm = { ...suggestedFields(page.body), action: 'start' };
    const answers = await Promise.all([editor.post(url, startForm), editor.post(url, startForm)]);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    if (statuses[0] === 303 && statuses[1] === 303) {
      // The second came after the first had written its job: it is sent to that same round.
      assert.equal(answers[0]?.headers.location, answers[1]?.headers.location);
    } else {
      assert.deepEqual(statuses, [303, 409]);
      assert.match(answers.find((a) => a.statusCode === 409)?.body ?? '', /al gestart/);
    }
    roundUrl = String(answers.find((answer) => answer.statusCode === 303)?.headers.location);
    assert.deepEqual(await roundsOf(breachId), [1]);
  });

  test('starting shows progress, then the files, and the uploaded file is deleted when done', async () => {
    const url = `${lettersUrl(breachId)}/ontvangers/${uploadFolder}`;
    const started = await editor.post(url, startForm, lettersUrl(breachId));
    assert.equal(started.statusCode, 303, started.body);
    assert.equal(String(started.headers.location), roundUrl);
    const done = await waitForRound(editor, roundUrl);
    assert.match(done, /Het bestand met ontvangers is verwijderd op 2026-11-25/);
    assert.ok(!existsSync(join(world.lettersDir, uploadFolder, 'recipients.csv')));
    assert.match(done, /manifest\.csv/);
    assert.match(done, /letters-00001\.pdf/);
    assert.match(done, /De bestanden worden op 2026-12-02 vanzelf verwijderd/);
  });

  test('the file of a finished round, opened or sent again, shows that round and makes no second one', async () => {
    const url = `${lettersUrl(breachId)}/ontvangers/${uploadFolder}`;
    const opened = await editor.get(url);
    assert.equal(opened.statusCode, 303);
    assert.equal(String(opened.headers.location), roundUrl);
    const again = await editor.post(url, startForm, lettersUrl(breachId));
    assert.equal(again.statusCode, 303);
    assert.equal(String(again.headers.location), roundUrl);
    assert.deepEqual(await roundsOf(breachId), [1]);
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
