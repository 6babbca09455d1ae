import { sql, type Kysely, type RawBuilder } from 'kysely';
import { bm25 } from '../../core/search/bm25.ts';
import { makeSnippet, queryTerms, type Snippet } from '../../core/search/dutch-text.ts';
import { dialectOf } from '../dialect.ts';
import type { Database } from '../schema.ts';

export interface KamervragenSearchHit {
  setId: string;
  setTitle: string;
  /** Null when the set's title matched. */
  questionNumber: number | null;
  score: number;
  snippet: Snippet;
}

/** A match in a set's title says more about the set than one in a long answer. */
const TITLE_BOOST = 2;
/** More matching documents than this are not ranked; a query this broad needs more words. */
const MAX_CANDIDATES = 1000;

/**
 * The condition "this search document holds every one of `terms`": the only SQL that differs
 * per engine. Terms are letters and digits only (see `queryTerms`), so they carry no syntax;
 * FTS5 still gets each as a quoted string.
 */
function matches(db: Kysely<Database>, terms: readonly string[]): RawBuilder<boolean> {
  if (dialectOf(db) === 'postgres')
    return sql<boolean>`d.terms_tsv @@ plainto_tsquery('simple', ${terms.join(' ')})`;
  const match = terms.map((t) => `"${t}"`).join(' ');
  return sql<boolean>`d.doc_id in (select doc_id from kamervragen_fts where kamervragen_fts match ${match})`;
}

async function countMatching(db: Kysely<Database>, term: string): Promise<number> {
  const row = await db
    .selectFrom('kamervragen_search_docs as d')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matches(db, [term]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Full-text search over all imported sets (titles, questions, answers) with Dutch stemming:
 * "datalekken" finds "datalek". Every query word must match. The engine only finds the
 * matching documents; ranking (BM25 over the stored stems) and snippets are computed in Node,
 * so SQLite and PostgreSQL give the same hits in the same order.
 */
export async function searchKamervragen(
  db: Kysely<Database>,
  query: string,
  options: { limit?: number } = {},
): Promise<KamervragenSearchHit[]> {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const docs = await db
    .selectFrom('kamervragen_search_docs as d')
    .innerJoin('kamervragen_sets as s', 's.id', 'd.set_id')
    .leftJoin('kamervragen_questions as q', (join) =>
      join.onRef('q.set_id', '=', 'd.set_id').onRef('q.number', '=', 'd.question_number'),
    )
    .select(['d.doc_id', 'd.set_id', 'd.question_number', 'd.terms', 's.title', 'q.text', 'q.answer'])
    .where(matches(db, terms))
    .orderBy('d.doc_id')
    .limit(MAX_CANDIDATES)
    .execute();
  if (!docs.length) return [];
  const corpus = await db
    .selectFrom('kamervragen_search_docs')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('term_count').as('average')])
    .executeTakeFirstOrThrow();
  const documentFrequency = new Map<string, number>();
  for (const term of terms) documentFrequency.set(term, await countMatching(db, term));
  const stats = { documents: Number(corpus.n), averageLength: Number(corpus.average), documentFrequency };
  const hits = docs.map((d): KamervragenSearchHit => {
    const questionNumber = d.question_number === null ? null : Number(d.question_number);
    const score = bm25(d.terms.split(' '), terms, stats) * (questionNumber === null ? TITLE_BOOST : 1);
    const text = questionNumber === null ? d.title : `${d.text ?? ''}\n${d.answer ?? ''}`.trim();
    return {
      setId: d.set_id,
      setTitle: d.title,
      questionNumber,
      // Rounded so that the engines' float noise cannot change the order.
      score: Math.round(score * 1e6) / 1e6,
      snippet: makeSnippet(text, terms),
    };
  });
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.setId.localeCompare(b.setId) ||
      (a.questionNumber ?? 0) - (b.questionNumber ?? 0),
  );
  return hits.slice(0, options.limit ?? 20);
}
