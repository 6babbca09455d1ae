import type { Kysely } from 'kysely';
import { foldWord, tokenize } from '../../core/search/dutch-text.ts';

/**
 * The search vocabulary for compound matching (see src/storage/tables/kamervragen.ts), filled
 * from the sets already stored. Portable: a plain table with an index, the same on both engines.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kamervragen_search_words')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('term', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kamervragen_search_words_term')
    .on('kamervragen_search_words')
    .column('term')
    .execute();
  const texts: string[] = [];
  for (const row of (await db.selectFrom('kamervragen_sets').select('title').execute()) as {
    title: string;
  }[])
    texts.push(row.title);
  const questions = (await db.selectFrom('kamervragen_questions').select(['text', 'answer']).execute()) as {
    text: string;
    answer: string | null;
  }[];
  for (const q of questions) texts.push(q.text, q.answer ?? '');
  const words = new Map<string, string>();
  for (const text of texts) for (const token of tokenize(text)) words.set(foldWord(token.word), token.term);
  const rows = [...words].map(([word, term]) => ({ word, term }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('kamervragen_search_words')
      .values(rows.slice(i, i + 500))
      .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kamervragen_search_words').ifExists().execute();
}
