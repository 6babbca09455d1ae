import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { purgeExpiredLetterUploads, uploadSweepMs } from '../../../src/use-cases/letter-uploads.ts';
import { signIn, type Client } from '../workspace/support.ts';
import {
  lettersUrl,
  lettersWorld,
  people,
  prepareLetters,
  recipientsCsv,
  suggestedFields,
  testNow,
  upload,
  waitForRound,
  type LettersWorld,
} from './support.ts';

const hour = 60 * 60 * 1000;

/** Every recipients file still on disk under LETTERS_DIR, by upload folder. */
function recipientFiles(root: string): string[] {
  return readdirSync(root).filter((folder) =>
    ['recipients.csv', 'round-recipients.csv'].some((name) => existsSync(join(root, folder, name))),
  );
}

async function actions(world: LettersWorld, action: string): Promise<string[]> {
  const rows = await world.storage.db
    .selectFrom('audit_log')
    .select('entity_id')
    .where('action', '=', action)
    .execute();
  return rows.map((row) => row.entity_id);
}

describe('retention of uploaded recipients files without a round', () => {
  let world: LettersWorld;
  let editor: Client;

  before(async () => {
    world = await lettersWorld({ env: { LETTERS_UPLOAD_HOURS: '3' } });
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, world.breachA.id);
  });
  after(async () => world.close());

  test('no recipients file outlives LETTERS_UPLOAD_HOURS plus one sweep, and a started round keeps its own', async () => {
    const abandoned = String(
      (await upload(world, editor, world.breachA.id, recipientsCsv(people(2)))).headers.location,
    )
      .split('/')
      .pop();
    const used = String(
      (await upload(world, editor, world.breachA.id, recipientsCsv(people(2)))).headers.location,
    );
    const form = await editor.get(used);
    const started = await editor.post(used, { ...suggestedFields(form.body), action: 'start' });
    const roundUrl = String(started.headers.location);
    await waitForRound(editor, roundUrl);
    const manifest = await editor.get(`${roundUrl}/bestanden/manifest.csv`);
    assert.equal(manifest.statusCode, 200);
    const downloads = await world.storage.db
      .selectFrom('audit_log')
      .select(['after_json', 'actor_user_id'])
      .where('action', '=', 'letter_job.file_downloaded')
      .execute();
    assert.equal(downloads.length, 1, 'the manifest download is audited');
    assert.equal(downloads[0]?.actor_user_id, world.world.editorA.userId);
    assert.match(downloads[0]?.after_json ?? '', /manifest\.csv/);
    assert.deepEqual(recipientFiles(world.lettersDir), [abandoned], 'the round deleted its file when done');
    assert.ok(abandoned && (await actions(world, 'letter_upload.received')).includes(abandoned));

    const deps = { db: world.storage.db, lettersDir: world.lettersDir, uploadHours: 3 };
    const at = (ms: number) => ({ ...deps, clock: () => new Date(testNow.getTime() + ms) });
    assert.equal(await purgeExpiredLetterUploads(at(3 * hour - 1000)), 0, 'kept within its hours');
    assert.deepEqual(recipientFiles(world.lettersDir), [abandoned]);
    // The server sweeps every uploadSweepMs, so the latest a file can go is its hours plus one sweep.
    assert.equal(await purgeExpiredLetterUploads(at(3 * hour + uploadSweepMs)), 1);
    assert.deepEqual(recipientFiles(world.lettersDir), []);
    assert.ok(!existsSync(join(world.lettersDir, abandoned ?? '')), 'the whole folder is gone');
    assert.deepEqual(await actions(world, 'letter_upload.expired'), [abandoned]);
    assert.ok(readdirSync(world.lettersDir).length === 1, 'the round with outputs stays');
  });

  test('an editor deletes an upload at once; a viewer cannot', async () => {
    const mapping = String(
      (await upload(world, editor, world.breachA.id, recipientsCsv(people(1)))).headers.location,
    );
    const uploadId = mapping.split('/').pop() ?? '';
    const viewer = await signIn(world.app, world.world.viewerA.email, world.world.viewerA.password);
    const refused = await viewer.postRaw(`${mapping}/verwijderen`, { _csrf: 'x' });
    assert.ok(refused.statusCode === 403 || refused.statusCode === 404, String(refused.statusCode));
    assert.ok(existsSync(join(world.lettersDir, uploadId, 'recipients.csv')));
    const page = await editor.get(mapping);
    assert.match(page.body, /Verwijder dit bestand/);
    const deleted = await editor.post(`${mapping}/verwijderen`, {}, mapping);
    assert.equal(deleted.statusCode, 303);
    assert.equal(deleted.headers.location, `${lettersUrl(world.breachA.id)}/ontvangers?bericht=verwijderd`);
    assert.ok(!existsSync(join(world.lettersDir, uploadId)));
    assert.deepEqual(await actions(world, 'letter_upload.deleted'), [uploadId]);
    assert.match(
      (await editor.get(String(deleted.headers.location))).body,
      /Het bestand met ontvangers is verwijderd/,
    );
  });

  test('a multipart upload without a boundary is a 400, not a 500', async () => {
    const response = await world.app.inject({
      method: 'POST',
      url: `${lettersUrl(world.breachA.id)}/ontvangers`,
      headers: { cookie: editor.cookie, 'content-type': 'multipart/form-data' },
      payload: 'no boundary here',
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Niet alle gegevens zijn goed ingevuld/);
  });
});
