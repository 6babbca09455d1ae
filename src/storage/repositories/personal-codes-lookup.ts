import type { Kysely } from 'kysely';
import type { CodeLookupStore, CodeRecord, CodeRound } from '../../core/codes/code-records.ts';
import type { Storage } from '../open-storage.ts';
import type { Database } from '../schema.ts';
import {
  codeColumns,
  codeRecordFromRow,
  codeRoundFromRow,
  roundColumns,
  type CodeRow,
  type RoundRow,
} from './personal-code-rows.ts';

/**
 * The look-ups the victims' guide needs on the letter pipeline's code tables (migration 0200),
 * by keyed code hash only. Letter jobs write the tables (letter-jobs.ts); this file only reads.
 */

/** The code with this hash, or undefined when no letter carried it. */
export async function findCodeRecord(
  db: Kysely<Database>,
  codeHash: string,
): Promise<CodeRecord | undefined> {
  const row = await db
    .selectFrom('personal_codes')
    .select(codeColumns)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return row && codeRecordFromRow(row);
}

/** Every round sent under a code, oldest first. */
export async function listCodeRounds(db: Kysely<Database>, codeHash: string): Promise<CodeRound[]> {
  const rows = await db
    .selectFrom('personal_code_rounds')
    .select(roundColumns)
    .where('code_hash', '=', codeHash)
    .orderBy('round')
    .execute();
  return rows.map(codeRoundFromRow);
}

/**
 * The code look-ups for a storage. The personal page reads these two rows on every request, so
 * they skip the query builder: on SQLite as statements prepared once (preparing costs more than
 * running), on PostgreSQL as named prepared statements, which each pooled connection parses and
 * plans once instead of on every request (measured in bench/guide.ts).
 */
export function codeLookupStore(storage: Pick<Storage, 'db' | 'sqlite' | 'namedQuery'>): CodeLookupStore {
  const { db, sqlite, namedQuery } = storage;
  if (namedQuery) {
    const codeText = `select ${codeColumns.join(', ')} from personal_codes where code_hash = $1`;
    const roundsText = `select ${roundColumns.join(', ')} from personal_code_rounds where code_hash = $1 order by round`;
    return {
      async findCodeRecord(codeHash) {
        const [row] = await namedQuery<CodeRow>({
          name: 'dlw_find_code',
          text: codeText,
          values: [codeHash],
        });
        return row && codeRecordFromRow(row);
      },
      async listCodeRounds(codeHash) {
        const rows = await namedQuery<RoundRow>({
          name: 'dlw_code_rounds',
          text: roundsText,
          values: [codeHash],
        });
        return rows.map(codeRoundFromRow);
      },
    };
  }
  if (!sqlite) {
    return {
      findCodeRecord: (codeHash) => findCodeRecord(db, codeHash),
      listCodeRounds: (codeHash) => listCodeRounds(db, codeHash),
    };
  }
  const codeStatement = sqlite.prepare<[string], CodeRow>(
    `select ${codeColumns.join(', ')} from personal_codes where code_hash = ?`,
  );
  const roundsStatement = sqlite.prepare<[string], RoundRow>(
    `select ${roundColumns.join(', ')} from personal_code_rounds where code_hash = ? order by round`,
  );
  return {
    findCodeRecord(codeHash) {
      const row = codeStatement.get(codeHash);
      return Promise.resolve(row && codeRecordFromRow(row));
    },
    listCodeRounds(codeHash) {
      return Promise.resolve(roundsStatement.all(codeHash).map(codeRoundFromRow));
    },
  };
}
