import { sql, type Kysely, type RawBuilder } from 'kysely';
import { agentBase, compoundMatch, MIN_PART } from '../../core/search/compounds.ts';
import type { KamervragenSearchResult } from '../../core/kamervragen/records.ts';
import { makeSnippet, tokenize } from '../../core/search/dutch-text.ts';
import { rankSets, TITLE_WEIGHT, type CandidateSet } from '../../core/search/set-ranking.ts';
import { dialectOf } from '../dialect.ts';
import type { Database } from '../schema.ts';

/** More matching documents than this are not ranked; a query this broad needs more words. */
const MAX_CANDIDATES = 10_000;

/** The condition "this search document holds at least one of `terms`": the only SQL that differs per engine. */
function matchesAny(db: Kysely<Database>, terms: readonly string[]): RawBuilder<boolean> {
  // Terms are letters and digits only (see `tokenize`), so they carry no query syntax.
  if (dialectOf(db) === 'postgres')
    return sql<boolean>`d.terms_tsv @@ to_tsquery('simple', ${terms.join(' | ')})`;
  const match = terms.map((t) => `"${t}"`).join(' OR ');
  return sql<boolean>`d.doc_id in (select doc_id from kamervragen_fts where kamervragen_fts match ${match})`;
}

function contains(db: Kysely<Database>, part: string): RawBuilder<boolean> {
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`strpos(word, ${part}) > 0`
    : sql<boolean>`instr(word, ${part}) > 0`;
}

/** The index terms that stand for a term: itself and the compounds it heads or ends. */
async function expandTerm(db: Kysely<Database>, term: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('kamervragen_search_words')
    .select(['word', 'term'])
    .where((eb) =>
      term.length >= MIN_PART ? eb.or([eb('term', '=', term), contains(db, term)]) : eb('term', '=', term),
    )
    .execute();
  const terms = new Set([term]);
  for (const row of rows) if (compoundMatch(row.word, term, row.term)) terms.add(row.term);
  return terms;
}

/**
 * For one query word: its term with its compounds, and for an agent noun also the word it is
 * made from with that word's compounds ("hackers" → "hack", "hackaanval").
 */
async function expand(db: Kysely<Database>, term: string, word: string): Promise<Set<string>> {
  const terms = await expandTerm(db, term);
  const base = agentBase(word);
  if (base !== undefined && base !== term) for (const t of await expandTerm(db, base)) terms.add(t);
  return terms;
}

const weightedLength = sql<number>`sum(case when question_number is null then term_count * ${TITLE_WEIGHT} else term_count end)`;

async function setLengths(db: Kysely<Database>, setIds: string[]): Promise<Map<string, number>> {
  const lengths = new Map<string, number>();
  for (let i = 0; i < setIds.length; i += 500) {
    const rows = await db
      .selectFrom('kamervragen_search_docs')
      .select(['set_id', weightedLength.as('n')])
      .where('set_id', 'in', setIds.slice(i, i + 500))
      .groupBy('set_id')
      .execute();
    for (const r of rows) lengths.set(r.set_id, Number(r.n));
  }
  return lengths;
}

async function setFrequency(db: Kysely<Database>, terms: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('kamervragen_search_docs as d')
    .select(sql<number>`count(distinct d.set_id)`.as('n'))
    .where(matchesAny(db, terms))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The text to cut a snippet from: the title, or the question with its answer. */
async function snippetTexts(db: Kysely<Database>, setIds: string[]) {
  if (!setIds.length) return { titles: new Map<string, string>(), questions: new Map<string, string>() };
  const sets = await db
    .selectFrom('kamervragen_sets')
    .select(['id', 'title'])
    .where('id', 'in', setIds)
    .execute();
  const rows = await db
    .selectFrom('kamervragen_questions')
    .select(['set_id', 'number', 'text', 'answer'])
    .where('set_id', 'in', setIds)
    .execute();
  return {
    titles: new Map(sets.map((s) => [s.id, s.title])),
    questions: new Map(
      rows.map((r) => [`${r.set_id}:${Number(r.number)}`, `${r.text}\n${r.answer ?? ''}`.trim()]),
    ),
  };
}

/**
 * Full-text search over whole sets (title, questions and answers together) with Dutch stemming
 * and compound matching: "datalekken" finds "datalek", "ransomware" finds
 * "ransomwaredreiging". Sets that match every word come first and alone; when there are none,
 * sets matching any word are ranked instead and `mode` says so. The engine only finds the
 * matching documents; ranking (src/core/search/set-ranking.ts) and snippets are computed in
 * Node, so SQLite and PostgreSQL give the same hits in the same order.
 */
export async function searchKamervragen(
  db: Kysely<Database>,
  query: string,
  options: { limit?: number; offset?: number } = {},
): Promise<KamervragenSearchResult> {
  const byTerm = new Map<string, string>();
  for (const token of tokenize(query)) if (!byTerm.has(token.term)) byTerm.set(token.term, token.word);
  const terms = [...byTerm.keys()];
  const words = [...byTerm.values()];
  if (!terms.length) return { mode: 'all', words, total: 0, hits: [] };
  const expansions = new Map<string, Set<string>>();
  for (const term of terms) expansions.set(term, await expand(db, term, byTerm.get(term) ?? term));
  const indexTerms = [...new Set([...expansions.values()].flatMap((s) => [...s]))].sort();
  const docs = await db
    .selectFrom('kamervragen_search_docs as d')
    .select(['d.doc_id', 'd.set_id', 'd.question_number', 'd.terms', 'd.term_count'])
    .where(matchesAny(db, indexTerms))
    .orderBy('d.doc_id')
    .limit(MAX_CANDIDATES)
    .execute();
  if (!docs.length) return { mode: 'all', words, total: 0, hits: [] };
  const bySet = new Map<string, CandidateSet['docs'][number][]>();
  for (const d of docs) {
    const list = bySet.get(d.set_id) ?? [];
    list.push({
      questionNumber: d.question_number === null ? null : Number(d.question_number),
      terms: d.terms.split(' '),
    });
    bySet.set(d.set_id, list);
  }
  const lengths = await setLengths(db, [...bySet.keys()]);
  const corpus = await db
    .selectFrom('kamervragen_search_docs')
    .select([sql<number>`count(distinct set_id)`.as('sets'), weightedLength.as('length')])
    .executeTakeFirstOrThrow();
  const frequency = new Map<string, number>();
  for (const term of terms)
    frequency.set(term, await setFrequency(db, [...(expansions.get(term) ?? [term])]));
  const sets = Number(corpus.sets);
  const ranking = rankSets(
    terms,
    expansions,
    [...bySet].map(([setId, setDocs]) => ({ setId, length: lengths.get(setId) ?? 0, docs: setDocs })),
    { sets, averageLength: sets ? Number(corpus.length) / sets : 0, setFrequency: frequency },
  );
  const offset = options.offset ?? 0;
  const page = ranking.sets.slice(offset, offset + (options.limit ?? 20));
  const texts = await snippetTexts(
    db,
    page.map((r) => r.setId),
  );
  return {
    mode: ranking.mode,
    words,
    total: ranking.sets.length,
    hits: page.map((r) => {
      const setTitle = texts.titles.get(r.setId) ?? '';
      const number = r.best.questionNumber;
      const text = number === null ? setTitle : (texts.questions.get(`${r.setId}:${number}`) ?? '');
      return {
        setId: r.setId,
        setTitle,
        questionNumber: number,
        score: r.score,
        matchedWords: r.matched.map((t) => byTerm.get(t) ?? t),
        snippet: makeSnippet(text, indexTerms),
      };
    }),
  };
}
