import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { purgeExpiredLetterOutputs } from '../../../src/use-cases/delete-letter-outputs.ts';
import { signIn, type Client } from '../workspace/support.ts';
import {
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

const day = 24 * 60 * 60 * 1000;

describe('retention of workspace letter files', () => {
  let world: LettersWorld;
  let editor: Client;

  before(async () => {
    world = await lettersWorld({ env: { LETTERS_UPLOAD_LIMIT_MB: '1', LETTERS_OUTPUT_DAYS: '3' } });
    editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, world.breachA.id);
  });
  after(async () => world.close());

  test('an upload above the limit is refused with the limit named and leaves no file behind', async () => {
    const big = recipientsCsv(people(1)) + 'x'.repeat(1024 * 1024 + 10);
    const response = await upload(world, editor, world.breachA.id, big);
    assert.equal(response.statusCode, 413);
    assert.match(response.body, /groter dan 1 MB/);
    assert.deepEqual(readdirSync(world.lettersDir), []);
  });

  test('an empty upload asks for a file', async () => {
    const response = await upload(world, editor, world.breachA.id, '');
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Kies een bestand met ontvangers\./);
    assert.deepEqual(readdirSync(world.lettersDir), []);
  });

  test('outputs are deleted automatically once LETTERS_OUTPUT_DAYS have passed, and not before', async () => {
    const sent = await upload(world, editor, world.breachA.id, recipientsCsv(people(2)));
    const url = String(sent.headers.location);
    const folder = url.split('/').pop() ?? '';
    const form = await editor.get(url);
    const started = await editor.post(url, { ...suggestedFields(form.body), action: 'start' });
    const roundUrl = String(started.headers.location);
    assert.match(
      await waitForRound(editor, roundUrl),
      /De bestanden worden op 2026-11-28 vanzelf verwijderd/,
    );
    const deps = { db: world.storage.db, lettersDir: world.lettersDir };
    assert.equal(
      await purgeExpiredLetterOutputs({ ...deps, clock: () => new Date(testNow.getTime() + 2 * day) }),
      0,
    );
    assert.ok(existsSync(join(world.lettersDir, folder, 'out', 'manifest.csv')));
    assert.equal(
      await purgeExpiredLetterOutputs({ ...deps, clock: () => new Date(testNow.getTime() + 3 * day) }),
      1,
    );
    assert.ok(!existsSync(join(world.lettersDir, folder)));
    const audit = await world.storage.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'letter_job.outputs_deleted')
      .execute();
    assert.equal(audit.length, 1);
  });
});
