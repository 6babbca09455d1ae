import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { CliIo } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';
import { outputPaths } from '../../src/letters-pipeline/index.ts';
import { listAudit } from '../../src/storage/repositories/audit-log.ts';
import { getJob } from '../../src/storage/repositories/letter-jobs.ts';
import { generateLetters } from '../../src/use-cases/generate-letters.ts';
import { buildPerson, buildSetup, tempDir, writeRecipients } from '../letters-pipeline/builders.ts';
import { testKnowledge } from '../support/web.ts';
import {
  lettersWorld,
  people,
  prepareLetters,
  recipientsCsv,
  suggestedFields,
  upload,
  waitForRound,
  type LettersWorld,
} from '../web/workspace-letters/support.ts';
import { signIn } from '../web/workspace/support.ts';
import { buildTexts } from '../support/letters.ts';
import type { AuditEntry } from '../../src/core/audit/audit-entry.ts';

/** The letter setup of the workspace's `prepareLetters`, as a file for the command line. */
const cliSetup = buildSetup({
  variants: [
    {
      id: 'klanten',
      group: 'Klanten',
      certainty: 'confirmed',
      categories: ['name', 'bsn'],
      texts: { nl: buildTexts({}, 'nl') },
    },
  ],
});

/** What a round's audit entry says, without what differs by nature (ids, time, who, breach). */
function shape(entry: AuditEntry) {
  const { breachId, ...after } = entry.after as { breachId: string };
  return { entityType: entry.entityType, action: entry.action, before: entry.before, after, breachId };
}

async function letterEntries(world: LettersWorld, organisationId: string) {
  return (await listAudit(world.storage.db, organisationId)).entries.filter(
    (e) => e.entityType === 'letter_job',
  );
}

describe('generate-letters: one way in for the command line and the workspace', () => {
  let world: LettersWorld;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dlw-generate-'));
    // A database file, so that the command line (its own connection) and the app share it.
    world = await lettersWorld({ env: { DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` } });
  });
  after(async () => {
    await world.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a round from the command line and one from the workspace leave the same audit entries', async () => {
    const editor = await signIn(world.app, world.world.editorA.email, world.world.editorA.password);
    await prepareLetters(editor, world.breachA.id);
    const sent = await upload(world, editor, world.breachA.id, recipientsCsv(people(3)));
    const mappingUrl = String(sent.headers.location);
    const mapping = await editor.get(mappingUrl);
    const started = await editor.post(mappingUrl, { ...suggestedFields(mapping.body), action: 'start' });
    assert.equal(started.statusCode, 303, started.body);
    await waitForRound(editor, String(started.headers.location));

    const setupFile = join(dir, 'setup.json');
    writeFileSync(setupFile, JSON.stringify(cliSetup));
    const recipients = join(dir, 'recipients.csv');
    writeFileSync(recipients, recipientsCsv(people(3)));
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: () => true },
      stdin: new PassThrough(),
      env: {
        DATABASE_URL: world.config.databaseUrl,
        CODE_SECRET: world.config.codeSecret,
        SESSION_SECRET: world.config.sessionSecret,
        BASE_URL: world.config.baseUrl,
      },
    };
    const args = ['letters', 'generate', '--breach', world.breachB.id, '--recipients', recipients];
    const code = await main(
      [...args, '--letters', setupFile, '--out', join(dir, 'out'), '--threads', '1'],
      io,
    );
    assert.equal(code, 0);

    const fromWorkspace = await letterEntries(world, world.world.orgA.id);
    const fromCli = await letterEntries(world, world.world.orgB.id);
    assert.equal(fromWorkspace.length, 1);
    assert.equal(fromCli.length, 1);
    const [web] = fromWorkspace as [AuditEntry];
    const [cli] = fromCli as [AuditEntry];
    assert.deepEqual(
      { ...shape(cli), breachId: world.breachA.id },
      { ...shape(web), breachId: world.breachA.id },
    );
    assert.equal(shape(web).breachId, world.breachA.id);
    assert.equal(shape(cli).breachId, world.breachB.id);
    assert.deepEqual(shape(web).after, {
      round: 1,
      format: 'pdf',
      groups: ['Klanten'],
      leftOut: 0,
      received: 3,
      shards: 1,
    });
    assert.equal(web.actorKind, 'user');
    assert.equal(cli.actorKind, 'system');
  });

  test('the job and its audit entry are stored before any letter is rendered', async () => {
    const outDir = tempDir();
    const generated = await generateLetters(
      {
        db: world.storage.db,
        clock: () => new Date('2026-11-25T12:00:00Z'),
        codeSecret: world.config.codeSecret,
        knowledge: testKnowledge(),
        baseUrl: world.config.baseUrl,
      },
      {
        actor: world.world.editorB.actor,
        breachId: world.breachB.id,
        round: 2,
        recipientsPath: writeRecipients(
          [buildPerson(1, { group: 'Klanten', code: 'K7MX-4DEP-RJ9A-HWCT-3' })],
          {
            withCode: true,
          },
        ),
        outDir,
        format: 'pdf',
        setup: cliSetup,
        whatChanged: { nl: 'Er is iets veranderd.', en: 'Something changed.' },
      },
    );
    assert.ok(await getJob(world.storage.db, generated.job.id));
    const entries = await letterEntries(world, world.world.orgB.id);
    assert.ok(entries.some((e) => e.entityId === generated.job.id && e.action === 'letter_job.started'));
    assert.ok(!existsSync(outputPaths(outDir).letters), 'a letter was rendered before render() was called');
  });
});
