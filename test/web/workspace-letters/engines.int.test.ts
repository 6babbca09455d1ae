import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../src/errors/catalogue.ts';
import { checkLetterReadiness } from '../../../src/use-cases/check-letter-readiness.ts';
import { listLetterVariants } from '../../../src/use-cases/list-letter-variants.ts';
import { saveLetterVariant } from '../../../src/use-cases/save-letter-variant.ts';
import { testDatabases } from '../../support/databases.ts';
import { buildTexts } from '../../support/letters.ts';
import { signIn } from '../workspace/support.ts';
import {
  lettersWorld,
  people,
  prepareLetters,
  recipientsCsv,
  suggestedFields,
  upload,
  waitForRound,
} from './support.ts';

for (const engine of testDatabases) {
  describe(`workspace letters on ${engine.name}`, { skip: engine.skip }, () => {
    test('variants, readiness and a whole round work on this engine, and rounds count up', async (t) => {
      const database = await engine.open();
      const world = await lettersWorld({ storage: database });
      t.after(async () => {
        await world.close();
        await database.dispose();
      });
      const editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
      await prepareLetters(editor, world.breachA.id);
      const actor = world.world.editorA.actor;
      await assert.rejects(
        saveLetterVariant(world.deps, {
          actor,
          breachId: world.breachA.id,
          group: 'klanten',
          certainty: 'confirmed',
          texts: { nl: buildTexts() },
        }),
        (error: unknown) => error instanceof AppError && error.fieldErrors.some((e) => e.path === 'group'),
      );
      assert.deepEqual(
        (await listLetterVariants(world.deps, { actor, breachId: world.breachA.id })).map((v) => v.group),
        ['Klanten'],
      );
      await assert.rejects(
        listLetterVariants(world.deps, { actor: world.world.ownerB.actor, breachId: world.breachA.id }),
        (error: unknown) => error instanceof AppError && error.code === 'not_found',
      );
      const readiness = await checkLetterReadiness(world.deps, {
        actor,
        breachId: world.breachA.id,
        jargon: [],
      });
      assert.equal(readiness.ready, true);

      const first = await upload(world, editor, world.breachA.id, recipientsCsv(people(2)));
      const firstUrl = String(first.headers.location);
      const form = await editor.get(firstUrl);
      const started = await editor.post(firstUrl, { ...suggestedFields(form.body), action: 'start' });
      assert.equal(started.statusCode, 303);
      const done = await waitForRound(editor, String(started.headers.location));
      assert.match(done, /Brieven gemaakt<\/dt>\s*<dd>\s*2\s*<\/dd>/);
      assert.equal((await world.storage.db.selectFrom('personal_codes').selectAll().execute()).length, 2);
      const second = await upload(world, editor, world.breachA.id, recipientsCsv(people(2)));
      assert.match((await editor.get(String(second.headers.location))).body, /Dit is ronde 2/);
    });
  });
}
