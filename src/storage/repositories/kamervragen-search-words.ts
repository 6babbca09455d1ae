import type { Kysely } from 'kysely';
import { foldWord, tokenize } from '../../core/search/dutch-text.ts';
import type { Database } from '../schema.ts';

/** Adds the words of `texts` to the search vocabulary (for compound matching). */
export async function addSearchWords(db: Kysely<Database>, texts: readonly string[]): Promise<void> {
  const words = new Map<string, string>();
  for (const text of texts) for (const token of tokenize(text)) words.set(foldWord(token.word), token.term);
  const rows = [...words].map(([word, term]) => ({ word, term }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('kamervragen_search_words')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('word').doNothing())
      .execute();
}
