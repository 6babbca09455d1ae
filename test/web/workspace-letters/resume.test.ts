import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { suggestMapping, readRecipientFileHead } from '../../../src/importers/recipients-csv/index.ts';
import { insertLetterWebJob } from '../../../src/storage/repositories/letter-variants.ts';
import { checkLetterReadiness } from '../../../src/use-cases/check-letter-readiness.ts';
import { generateLetters } from '../../../src/use-cases/generate-letters.ts';
import { resumeLetterRounds } from '../../../src/use-cases/resume-letter-rounds.ts';
import type { LetterRoundDeps } from '../../../src/use-cases/start-letter-round.ts';
import { testKnowledge } from '../../support/web.ts';
import { signIn } from '../workspace/support.ts';
import {
  lettersWorld,
  people,
  prepareLetters,
  recipientsCsv,
  testNow,
  upload,
  type LettersWorld,
} from './support.ts';

describe('resuming workspace rounds after a restart', () => {
  let world: LettersWorld;
  let deps: LetterRoundDeps;

  before(async () => {
    world = await lettersWorld();
    deps = {
      db: world.storage.db,
      clock: () => testNow,
      codeSecret: world.config.codeSecret,
      knowledge: testKnowledge(),
      baseUrl: world.config.baseUrl,
      lettersDir: world.lettersDir,
      outputDays: 7,
    };
  });
  after(async () => world.close());

  test('a round left unfinished is made at start and its uploaded file is then deleted', async () => {
    const editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, world.breachA.id);
    const sent = await upload(world, editor, world.breachA.id, recipientsCsv(people(3)));
    const folder = String(sent.headers.location).split('/').pop() ?? '';
    const input = join(world.lettersDir, folder, 'recipients.csv');
    const readiness = await checkLetterReadiness(deps, {
      actor: world.world.editorA.actor,
      breachId: world.breachA.id,
      jargon: [],
    });
    assert.ok(readiness.setup);
    // The state a server stopped right after planning leaves behind: a job with every shard pending.
    const { job } = await generateLetters(deps, {
      actor: world.world.editorA.actor,
      breachId: world.breachA.id,
      recipientsPath: input,
      outDir: join(world.lettersDir, folder, 'out'),
      format: 'pdf',
      setup: readiness.setup,
      mapping: suggestMapping((await readRecipientFileHead(input)).headers),
    });
    await insertLetterWebJob(world.storage.db, {
      job_id: job.id,
      breach_id: world.breachA.id,
      organisation_id: world.world.orgA.id,
      folder,
      groups_json: '["Klanten"]',
      left_out: 0,
      created_by: null,
      created_at: testNow.toISOString(),
      expires_at: '2026-12-02T12:00:00.000Z',
      input_deleted_at: null,
      outputs_deleted_at: null,
    });
    const { resumed, done } = await resumeLetterRounds(deps);
    assert.equal(resumed, 1);
    await done;
    assert.ok(!existsSync(input), 'the uploaded file is deleted');
    assert.ok(existsSync(join(world.lettersDir, folder, 'out', 'manifest.csv')));
    const row = await world.storage.db.selectFrom('letter_web_jobs').selectAll().executeTakeFirstOrThrow();
    assert.equal(row.input_deleted_at, testNow.toISOString());
    const again = await resumeLetterRounds(deps);
    assert.equal(again.resumed, 0);
  });
});
