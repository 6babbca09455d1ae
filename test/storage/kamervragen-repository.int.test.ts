import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseKamervragen } from '../../src/importers/kamervragen/parse-kamervragen.ts';
import type { KamervragenSet } from '../../src/importers/kamervragen/types.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
  kamervragenSetId,
  linkKamervragenSet,
  listKamervragenSets,
  listKamervragenSetsForBreach,
  storeKamervragenSets,
  unlinkKamervragenSet,
} from '../../src/storage/repositories/kamervragen-repository.ts';
import { readSeed } from '../importers/kamervragen/seed.ts';
import { testDatabases } from '../support/databases.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';
let seedSets: KamervragenSet[];
before(() => {
  seedSets = parseKamervragen(readSeed()).sets;
});

function titled(title: string): KamervragenSet {
  const found = seedSets.find((s) => s.title.startsWith(title));
  assert.ok(found, title);
  return found;
}

for (const engine of testDatabases) {
  describe(`kamervragen repository on ${engine.name}`, { skip: engine.skip }, () => {
    test('stores the seed sets once, and again only what changed', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const first = await storeKamervragenSets(storage.db, seedSets, { now: NOW });
      assert.deepEqual([first.inserted, first.updated, first.unchanged], [18, 0, 0]);
      const second = await storeKamervragenSets(storage.db, seedSets, { now: LATER });
      assert.deepEqual([second.inserted, second.updated, second.unchanged], [0, 0, 18]);
      assert.deepEqual(second.ids, first.ids);
      const palantir = titled('Palantir');
      const answered = {
        ...palantir,
        questions: palantir.questions.map((q) => ({ ...q, answer: 'Daar ga ik niet op in.' })),
      };
      const third = await storeKamervragenSets(storage.db, [answered], { now: LATER });
      assert.deepEqual([third.inserted, third.updated, third.unchanged], [0, 1, 0]);
      const stored = await getKamervragenSet(storage.db, kamervragenSetId(palantir));
      assert.equal(stored?.answeredCount, 5);
      assert.equal(stored?.importedAt, NOW);
      assert.equal(stored?.updatedAt, LATER);
      assert.equal((await listKamervragenSets(storage.db)).length, 18);
    });

    test('stores a set with its people, questions, answers, pointers and footnotes as parsed', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const vog = titled('De gevolgen van de storing bij het Openbaar Ministerie');
      await storeKamervragenSets(storage.db, [vog], { now: NOW });
      const stored = await getKamervragenSet(storage.db, kamervragenSetId(vog));
      assert.ok(stored);
      assert.equal(stored.title, vog.title);
      assert.deepEqual(stored.submitters, vog.submitters);
      assert.deepEqual(stored.respondents, vog.respondents);
      assert.deepEqual(
        stored.questions,
        vog.questions.map(({ number, text, answer, refersTo, footnotes, answerFootnotes }) => ({
          number,
          text,
          answer,
          refersTo,
          footnotes,
          answerFootnotes,
        })),
      );
      assert.equal(await getKamervragenSet(storage.db, 'kv-unknown'), undefined);
    });

    test('rolls back the whole import when one set cannot be stored', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const good = titled('Palantir');
      const duplicateNumbers = {
        ...titled('De hack op een lab'),
        questions: [good.questions[0], good.questions[0]].filter((q) => q !== undefined),
      };
      await assert.rejects(storeKamervragenSets(storage.db, [good, duplicateNumbers], { now: NOW }));
      assert.deepEqual(await listKamervragenSets(storage.db), []);
    });

    test('links a set to a breach, lists the sets of a breach, and unlinks it', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { ids } = await storeKamervragenSets(storage.db, seedSets, { now: NOW });
      const [labId, otherLabId] = [
        kamervragenSetId(titled('De hack op een lab')),
        kamervragenSetId(titled('Het artikel ‘Datahack')),
      ];
      assert.ok(ids.includes(labId));
      await linkKamervragenSet(storage.db, {
        setId: labId,
        breachId: 'breach-lab',
        now: NOW,
        linkedBy: 'user-1',
      });
      await linkKamervragenSet(storage.db, { setId: labId, breachId: 'breach-lab', now: LATER });
      await linkKamervragenSet(storage.db, { setId: otherLabId, breachId: 'breach-lab', now: LATER });
      const linked = await listKamervragenSetsForBreach(storage.db, 'breach-lab');
      assert.deepEqual(
        linked.map((s) => s.id),
        [labId, otherLabId],
      );
      assert.equal(linked[0]?.questions.length, 15);
      assert.deepEqual(await breachIdsOfKamervragenSet(storage.db, labId), ['breach-lab']);
      assert.equal(await unlinkKamervragenSet(storage.db, { setId: labId, breachId: 'breach-lab' }), true);
      assert.equal(await unlinkKamervragenSet(storage.db, { setId: labId, breachId: 'breach-lab' }), false);
      assert.deepEqual(
        (await listKamervragenSetsForBreach(storage.db, 'breach-lab')).map((s) => s.id),
        [otherLabId],
      );
    });
  });
}
