import type { Kysely } from 'kysely';
import type { Storage } from '../open-storage.ts';
import type { Database } from '../schema.ts';

/**
 * The look-ups the victims' guide needs on the letter pipeline's code tables (migration 0200),
 * by keyed code hash only. The pipeline owns the tables and writes them; this file only reads.
 */

/** A personal code as the guide uses it: what a letter said to this person, never who they are. */
export interface CodeRecord {
  codeHash: string;
  breachId: string;
  variantId: string;
  group: string;
  lang: string;
  certainty: string;
  categories: string[];
  lastRound: number;
}

/** One message round sent under a code. */
export interface CodeRound {
  round: number;
  /** `YYYY-MM-DD`. */
  sentOn: string;
  channel: string;
  certainty: string;
  categories: string[];
  whatChanged: { nl: string; en: string } | null;
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The code with this hash, or undefined when no letter carried it. */
export async function findCodeRecord(
  db: Kysely<Database>,
  codeHash: string,
): Promise<CodeRecord | undefined> {
  const row = await db
    .selectFrom('personal_codes')
    .select([
      'code_hash',
      'breach_id',
      'variant_id',
      'recipient_group',
      'lang',
      'certainty',
      'categories_json',
      'last_round',
    ])
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return row && toCodeRecord(row);
}

/** Every round sent under a code, oldest first. */
export async function listCodeRounds(db: Kysely<Database>, codeHash: string): Promise<CodeRound[]> {
  const rows = await db
    .selectFrom('personal_code_rounds')
    .select([
      'round',
      'sent_on',
      'channel',
      'certainty',
      'categories_json',
      'what_changed_nl',
      'what_changed_en',
    ])
    .where('code_hash', '=', codeHash)
    .orderBy('round')
    .execute();
  return rows.map(toCodeRound);
}

/** The two look-ups, bound to one database: what the guide's use cases receive. */
export interface CodeLookupStore {
  findCodeRecord(codeHash: string): Promise<CodeRecord | undefined>;
  listCodeRounds(codeHash: string): Promise<CodeRound[]>;
}

interface CodeRow {
  code_hash: string;
  breach_id: string;
  variant_id: string;
  recipient_group: string;
  lang: string;
  certainty: string;
  categories_json: string;
  last_round: number;
}

interface RoundRow {
  round: number;
  sent_on: string;
  channel: string;
  certainty: string;
  categories_json: string;
  what_changed_nl: string | null;
  what_changed_en: string | null;
}

const codeSql =
  'select code_hash, breach_id, variant_id, recipient_group, lang, certainty, categories_json, last_round from personal_codes where code_hash = ';
const roundsSql =
  'select round, sent_on, channel, certainty, categories_json, what_changed_nl, what_changed_en from personal_code_rounds where code_hash = ';

function toCodeRecord(row: CodeRow): CodeRecord {
  return {
    codeHash: row.code_hash,
    breachId: row.breach_id,
    variantId: row.variant_id,
    group: row.recipient_group,
    lang: row.lang,
    certainty: row.certainty,
    categories: parseList(row.categories_json),
    lastRound: row.last_round,
  };
}

function toCodeRound(row: RoundRow): CodeRound {
  return {
    round: row.round,
    sentOn: row.sent_on,
    channel: row.channel,
    certainty: row.certainty,
    categories: parseList(row.categories_json),
    whatChanged:
      row.what_changed_nl && row.what_changed_en
        ? { nl: row.what_changed_nl, en: row.what_changed_en }
        : null,
  };
}

/**
 * The code look-ups for a storage. The personal page reads these two rows on every request, so
 * they skip the query builder: on SQLite as statements prepared once (preparing costs more than
 * running), on PostgreSQL as named prepared statements, which each pooled connection parses and
 * plans once instead of on every request (measured in bench/guide.ts).
 */
export function codeLookupStore(storage: Pick<Storage, 'db' | 'sqlite' | 'pgPool'>): CodeLookupStore {
  const { db, sqlite, pgPool } = storage;
  if (pgPool) {
    return {
      async findCodeRecord(codeHash) {
        const result = await pgPool.query<CodeRow>({
          name: 'dlw_find_code',
          text: `${codeSql}$1`,
          values: [codeHash],
        });
        const row = result.rows[0];
        return row && toCodeRecord(row);
      },
      async listCodeRounds(codeHash) {
        const result = await pgPool.query<RoundRow>({
          name: 'dlw_code_rounds',
          text: `${roundsSql}$1 order by round`,
          values: [codeHash],
        });
        return result.rows.map(toCodeRound);
      },
    };
  }
  if (!sqlite) {
    return {
      findCodeRecord: (codeHash) => findCodeRecord(db, codeHash),
      listCodeRounds: (codeHash) => listCodeRounds(db, codeHash),
    };
  }
  const codeStatement = sqlite.prepare<[string], CodeRow>(`${codeSql}?`);
  const roundsStatement = sqlite.prepare<[string], RoundRow>(`${roundsSql}? order by round`);
  return {
    findCodeRecord(codeHash) {
      const row = codeStatement.get(codeHash);
      return Promise.resolve(row && toCodeRecord(row));
    },
    listCodeRounds(codeHash) {
      return Promise.resolve(roundsStatement.all(codeHash).map(toCodeRound));
    },
  };
}
