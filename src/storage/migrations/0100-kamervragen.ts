import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.ts';

/**
 * Imported parliamentary questions, their search index and their links to breaches.
 * Breach links carry no foreign key: a breach may be removed or archived on its own, and the
 * use case that links checks that the breach exists. Search terms are stemmed in the
 * application (see src/core/search/dutch-text.ts); each engine only indexes those terms.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kamervragen_sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('submitters_json', 'text', (c) => c.notNull())
    .addColumn('respondents_json', 'text', (c) => c.notNull())
    .addColumn('question_count', 'integer', (c) => c.notNull())
    .addColumn('answered_count', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('kamervragen_questions')
    .addColumn('set_id', 'text', (c) => c.notNull().references('kamervragen_sets.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('refers_to', 'integer')
    .addColumn('footnotes_json', 'text', (c) => c.notNull())
    .addColumn('answer_footnotes_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('kamervragen_questions_pk', ['set_id', 'number'])
    .execute();

  await db.schema
    .createTable('kamervragen_search_docs')
    .addColumn('doc_id', 'text', (c) => c.primaryKey())
    .addColumn('set_id', 'text', (c) => c.notNull().references('kamervragen_sets.id').onDelete('cascade'))
    .addColumn('question_number', 'integer')
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('term_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kamervragen_search_docs_set')
    .on('kamervragen_search_docs')
    .column('set_id')
    .execute();

  await db.schema
    .createTable('kamervragen_breach_links')
    .addColumn('set_id', 'text', (c) => c.notNull().references('kamervragen_sets.id').onDelete('cascade'))
    .addColumn('breach_id', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addPrimaryKeyConstraint('kamervragen_breach_links_pk', ['set_id', 'breach_id'])
    .execute();
  await db.schema
    .createIndex('kamervragen_breach_links_breach')
    .on('kamervragen_breach_links')
    .column('breach_id')
    .execute();

  if (dialectOf(db) === 'postgres') {
    await sql`alter table kamervragen_search_docs
      add column terms_tsv tsvector generated always as (to_tsvector('simple', terms)) stored`.execute(db);
    await sql`create index kamervragen_search_docs_tsv on kamervragen_search_docs using gin (terms_tsv)`.execute(
      db,
    );
  } else {
    // The stems are already folded to lower case without accents, one word each; with
    // remove_diacritics 0 FTS5 changes nothing more, as PostgreSQL's 'simple' configuration.
    await sql`create virtual table kamervragen_fts
      using fts5(doc_id unindexed, terms, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') await sql`drop table if exists kamervragen_fts`.execute(db);
  await db.schema.dropTable('kamervragen_breach_links').ifExists().execute();
  await db.schema.dropTable('kamervragen_search_docs').ifExists().execute();
  await db.schema.dropTable('kamervragen_questions').ifExists().execute();
  await db.schema.dropTable('kamervragen_sets').ifExists().execute();
}
