import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { testDatabases } from '../support/databases.ts';

for (const engine of testDatabases) {
  describe(`openStorage on ${engine.name}`, { skip: engine.skip }, () => {
    test('opens a migrated database that answers a query', async (t) => {
      const storage = await engine.open();
      t.after(() => storage.dispose());
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(storage.db);
      assert.equal(Number(rows[0]?.one), 1);
      assert.equal(storage.dialect, engine.name);
    });
  });
}
