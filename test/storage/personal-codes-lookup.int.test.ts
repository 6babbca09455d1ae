import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  codeLookupStore,
  findCodeRecord,
  listCodeRounds,
} from '../../src/storage/repositories/personal-codes-lookup.ts';
import { testDatabases } from '../support/databases.ts';
import { issueCode } from '../support/guide.ts';

for (const engine of testDatabases) {
  describe(`personal code look-ups on ${engine.name}`, { skip: engine.skip }, () => {
    test('finds a code by its hash with its record and rounds, the same way with and without prepared statements', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { codeHash } = await issueCode(storage, {
        breachId: 'breach-1',
        certainty: 'possibly',
        categories: ['name', 'iban'],
        lang: 'en',
        rounds: [
          { sentOn: '2026-02-20' },
          { sentOn: '2026-03-10', whatChanged: { nl: 'Nieuw.', en: 'New.' } },
        ],
      });
      const store = codeLookupStore(storage);
      const record = await store.findCodeRecord(codeHash);
      assert.deepEqual(record, {
        codeHash,
        breachId: 'breach-1',
        variantId: 'standard',
        group: 'group-1',
        lang: 'en',
        certainty: 'possibly',
        categories: ['name', 'iban'],
        lastRound: 2,
      });
      assert.deepEqual(await findCodeRecord(storage.db, codeHash), record);
      const rounds = await store.listCodeRounds(codeHash);
      assert.deepEqual(
        rounds.map((round) => [round.round, round.sentOn, round.whatChanged]),
        [
          [1, '2026-02-20', null],
          [2, '2026-03-10', { nl: 'Nieuw.', en: 'New.' }],
        ],
      );
      assert.deepEqual(await listCodeRounds(storage.db, codeHash), rounds);
    });

    test('an unknown hash gives nothing', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const store = codeLookupStore(storage);
      assert.equal(await store.findCodeRecord('0'.repeat(64)), undefined);
      assert.deepEqual(await store.listCodeRounds('0'.repeat(64)), []);
    });
  });
}
