import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { hashCode, normalizeCode } from '../../src/core/codes/index.ts';
import { buildPlan } from '../../src/core/plan/index.ts';
import { AppError } from '../../src/errors/catalogue.ts';
import { getLetterJobProgress } from '../../src/letters-pipeline/index.ts';
import { findCodeRecord, listCodeRounds } from '../../src/storage/repositories/personal-codes-lookup.ts';
import type { Storage } from '../../src/storage/open-storage.ts';
import { testDatabases } from '../support/databases.ts';
import { buildBreach, buildWorld, testDeps } from '../support/builders.ts';
import { registerBreach } from '../../src/use-cases/register-breach.ts';
import {
  buildDeps,
  buildPerson,
  buildSetup,
  startLetterJob,
  tempDir,
  testCodeSecret,
  testKnowledge,
  writeRecipients,
  type TestPerson,
} from './builders.ts';
import { checksums, letterText, readManifest, readReport } from './output-readers.ts';

const pdftotext = process.env.DLW_PDFTOTEXT;

async function run(
  storage: Storage,
  people: TestPerson[],
  options: {
    extraLines?: string[];
    round?: number;
    withCode?: boolean;
    whatChanged?: { nl: string; en: string };
    outDir?: string;
  } = {},
) {
  const recipientsPath = writeRecipients(people, options);
  const outDir = options.outDir ?? tempDir();
  const started = await startLetterJob(buildDeps(storage), {
    breachId: 'br-2026-014',
    round: options.round ?? 1,
    recipientsPath,
    outDir,
    format: 'pdf',
    setup: buildSetup(),
    shardSize: 4,
    threads: 1,
    ...(options.whatChanged ? { whatChanged: options.whatChanged } : {}),
  });
  const progress = await started.done;
  return { progress, outDir, recipientsPath, jobId: started.jobId };
}

/** Every text value in every table, to prove what is not stored. */
async function allStoredText(storage: Storage): Promise<string> {
  const tables =
    storage.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(storage.db))
          .rows
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(
            storage.db,
          )
        ).rows;
  let text = '';
  for (const { name } of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(storage.db);
    for (const row of rows)
      for (const value of Object.values(row)) if (typeof value === 'string') text += `${value}\n`;
  }
  return text;
}

const people = Array.from({ length: 10 }, (_, i) => buildPerson(i));
const badLines = [
  'Zonder Postcode Zqx90;Kerkstraat 9;;Zoetermeer;zqx90@example.org;nl;bevestigd;bsn',
  'Verkeerde Groep Zqx91;Kerkstraat 9;1234 AB;Zoetermeer;zqx91@example.org;nl;iedereen;bsn',
];

for (const engine of testDatabases) {
  describe(`letter jobs on ${engine.name}`, { skip: engine.skip }, () => {
    test('makes one letter per accepted row, reports the rest, and the totals add up', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { progress, outDir } = await run(storage, people, { extraLines: badLines });
      assert.equal(progress.status, 'done');
      assert.equal(progress.received, 12);
      assert.equal(progress.generated, 10);
      assert.equal(progress.rejected, 2);
      assert.equal(progress.received, progress.generated + progress.rejected);
      const manifest = readManifest(outDir);
      assert.deepEqual(
        manifest.map((m) => m.row),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
      assert.deepEqual(
        readReport(outDir).map((r) => [r.row, r.line, r.field]),
        [
          [11, 12, 'postcode'],
          [12, 13, 'group'],
        ],
      );
      assert.equal(new Set(manifest.map((m) => m.code)).size, 10, 'every person has their own code');
    });

    test('stores no name, address or e-mail of a recipient in any table', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { outDir } = await run(storage, people, { extraLines: badLines });
      const stored = await allStoredText(storage);
      for (const p of people) {
        assert.ok(!stored.includes(p.name), `name ${p.name} is stored`);
        assert.ok(!stored.includes(p.email), `e-mail ${p.email} is stored`);
        assert.ok(!stored.includes(p.street), `street ${p.street} is stored`);
      }
      assert.ok(!stored.includes('Zqx90') && !stored.includes('Zqx91'), 'rejected rows leave no trace');
      // The codes themselves are not stored either, only their keyed hashes.
      const [first] = readManifest(outDir);
      assert.ok(first);
      const code = normalizeCode(first.code);
      assert.ok(!stored.includes(code));
      const record = await findCodeRecord(storage.db, hashCode(code, testCodeSecret));
      assert.equal(record?.breachId, 'br-2026-014');
      assert.deepEqual(record?.categories, ['bsn', 'medical_test_result']);
    });

    test('a follow-up round reuses each person’s code and adds the round to its history', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const first = await run(storage, people);
      const codes = readManifest(first.outDir).map((m) => m.code);
      const confirmed = people
        .map((p, i) => ({ ...p, code: codes[i] ?? '' }))
        .filter((p) => p.group === 'bevestigd');
      const whatChanged = {
        nl: 'Wij weten nu dat uw gegevens op internet staan.',
        en: 'We now know that your data was published online.',
      };
      const second = await run(storage, confirmed, { round: 2, withCode: true, whatChanged });
      const secondManifest = readManifest(second.outDir);
      assert.deepEqual(
        secondManifest.map((m) => m.code),
        confirmed.map((p) => p.code),
      );
      const hash = hashCode(normalizeCode(confirmed[0]?.code ?? ''), testCodeSecret);
      const history = await listCodeRounds(storage.db, hash);
      assert.deepEqual(
        history.map((h) => [h.round, h.channel, h.whatChanged?.nl ?? undefined]),
        [
          [1, 'pdf', undefined],
          [2, 'pdf', whatChanged.nl],
        ],
      );
      const onlyFirst = hashCode(normalizeCode(codes[0] ?? ''), testCodeSecret); // row 1 is in group "mogelijk"
      assert.equal((await listCodeRounds(storage.db, onlyFirst)).length, 1);
      if (pdftotext) {
        const entry = secondManifest[0];
        assert.ok(entry);
        assert.match(
          letterText(pdftotext, second.outDir, entry),
          /gegevens op internet staan|published online/,
        );
      }
    });

    test('a follow-up round rejects a row whose code was copied wrongly', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const first = await run(storage, people.slice(0, 2));
      const [a, b] = readManifest(first.outDir).map((m) => m.code);
      const swapped = `${(b ?? '').slice(0, -2)}${(b ?? '').slice(-1)}${(b ?? '').slice(-2, -1)}`;
      const second = await run(
        storage,
        [
          { ...buildPerson(0), code: a ?? '' },
          { ...buildPerson(1), code: swapped },
        ],
        { round: 2, withCode: true },
      );
      assert.equal(second.progress.generated, 1);
      assert.deepEqual(
        readReport(second.outDir).map((r) => [r.row, r.field]),
        [[2, 'code']],
      );
    });

    test('gives the same codes and byte-identical files when the same round is made in another installation with the same secret', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const other = await engine.open();
      t.after(() => other.dispose());
      const a = await run(storage, people, { extraLines: badLines });
      const b = await run(other, people, { extraLines: badLines });
      assert.deepEqual(checksums(a.outDir), checksums(b.outDir));
    });

    test('refuses to make a round again from a different file', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { outDir } = await run(storage, people);
      await assert.rejects(
        run(storage, people.slice(1), { outDir }),
        (error: unknown) => error instanceof AppError && error.code === 'conflict',
      );
    });

    test('accepts only variants for the recipient groups of a registered breach', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { deps } = testDeps(storage.db);
      const world = await buildWorld(deps);
      const breach = await registerBreach(deps, {
        actor: world.editorA.actor,
        ...buildBreach(world.orgA.id),
      });
      const options = { breachId: breach.id, outDir: tempDir(), format: 'pdf' as const, threads: 1 };
      await assert.rejects(
        startLetterJob(buildDeps(storage), {
          ...options,
          recipientsPath: writeRecipients(people),
          setup: buildSetup(),
        }),
        (error: unknown) =>
          error instanceof AppError &&
          error.fieldErrors.map((f) => f.path).join() === 'variants.confirmed.group,variants.possibly.group',
      );
      const [confirmed] = buildSetup().variants;
      assert.ok(confirmed);
      const started = await startLetterJob(buildDeps(storage), {
        ...options,
        recipientsPath: writeRecipients([buildPerson(1, { group: 'Klanten' })]),
        setup: buildSetup({ variants: [{ ...confirmed, group: 'Klanten' }] }),
      });
      assert.equal((await started.done).generated, 1);
    });

    test('reports progress that adds up while the job runs and when it is done', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { jobId } = await run(storage, people, { extraLines: badLines });
      const progress = await getLetterJobProgress(storage.db, jobId);
      assert.deepEqual(
        [progress.shardsDone, progress.shardsTotal, progress.processed, progress.received],
        [3, 3, 12, 12],
      );
    });
  });
}

describe(
  'PDF letters from a job',
  { skip: pdftotext ? undefined : 'pdftotext is not installed (DLW_PDFTOTEXT unset)' },
  () => {
    test('each letter carries the right person’s name, address, code, data and advice', async (t) => {
      const sqlite = testDatabases.find((d) => d.name === 'sqlite');
      assert.ok(sqlite);
      const storage = await sqlite.open();
      t.after(() => storage.dispose());
      const { outDir } = await run(storage, people);
      const manifest = readManifest(outDir);
      for (const entry of manifest) {
        const person = people[entry.row - 1] as TestPerson;
        const text = letterText(pdftotext as string, outDir, entry);
        assert.match(text, new RegExp(`${person.name}\\b`), `row ${entry.row} has its own name`);
        for (const other of people)
          if (other !== person) assert.ok(!new RegExp(`${other.name}\\b`).test(text));
        assert.ok(text.includes(person.street), `row ${entry.row} has its street`);
        assert.ok(text.includes(entry.code), `row ${entry.row} has its code`);
        // The person's own kinds of data, and the advice the knowledge base gives for them.
        const flat = text.replace(/\s+/g, ' ');
        const kinds = person.kinds.split('|');
        const knowledge = testKnowledge();
        for (const kind of kinds) {
          const name = knowledge.categories.find((c) => c.id === kind)?.name[person.lang] ?? kind;
          assert.ok(flat.includes(name), `row ${entry.row} names ${kind}`);
        }
        const certainty = person.group === 'bevestigd' ? 'confirmed' : 'possibly';
        const plan = buildPlan(knowledge, { categories: kinds, certainty, lang: person.lang });
        for (const action of plan.actionGroups.flatMap((g) => g.actions)) {
          assert.ok(flat.includes(action.title), `row ${entry.row} advises "${action.title}"`);
        }
      }
    });
  },
);
