import { bm25 } from './bm25.ts';

/**
 * Ranks whole sets of parliamentary questions (title, questions and answers together) for a
 * query, in the application, so that every database engine gives the same order. Pure: the
 * storage adapter finds the candidate documents and the statistics, this decides.
 *
 * - A set matches a query word when any of its documents holds one of the word's index terms
 *   (the term itself or a compound it heads or ends; see compounds.ts).
 * - When some sets match every word, only those are shown (`mode: 'all'`). Otherwise every set
 *   matching at least one word is shown (`mode: 'any'`), those matching more words first.
 * - Within that, BM25 (k1 1.2, b 0.75) over the set's terms, the title counted twice: a match
 *   in the title says more about a set than one in a long answer.
 */

export interface SearchDoc {
  /** Null for the set's title. */
  questionNumber: number | null;
  terms: readonly string[];
}

export interface CandidateSet {
  setId: string;
  /** Every search term of the set (title twice), or at least its length. */
  length: number;
  /** The documents of the set that match at least one query word. */
  docs: readonly SearchDoc[];
}

export interface SetRankingStats {
  /** Number of sets in the collection. */
  sets: number;
  /** Average set length in terms (title counted twice). */
  averageLength: number;
  /** For each query term: in how many sets one of its index terms occurs. */
  setFrequency: ReadonlyMap<string, number>;
}

export interface RankedSet {
  setId: string;
  score: number;
  /** The query terms this set matches, in query order. */
  matched: string[];
  /** The document to show a snippet of: the one that scores best on its own. */
  best: SearchDoc;
}

export interface SetRanking {
  mode: 'all' | 'any';
  sets: RankedSet[];
}

/** Title matches count this many times. */
export const TITLE_WEIGHT = 2;

/**
 * @param queryTerms the distinct terms of the query, in order
 * @param expansions for each query term, the index terms that stand for it (itself included)
 */
export function rankSets(
  queryTerms: readonly string[],
  expansions: ReadonlyMap<string, ReadonlySet<string>>,
  candidates: readonly CandidateSet[],
  stats: SetRankingStats,
): SetRanking {
  const canonical = new Map<string, string>();
  for (const term of queryTerms)
    for (const indexTerm of expansions.get(term) ?? [term])
      if (!canonical.has(indexTerm)) canonical.set(indexTerm, term);
  const asQuery = (terms: readonly string[]) =>
    terms.flatMap((t) => (canonical.has(t) ? [canonical.get(t) as string] : []));
  const bm25Stats = {
    documents: stats.sets,
    averageLength: stats.averageLength,
    documentFrequency: stats.setFrequency,
  };
  const ranked: RankedSet[] = [];
  for (const set of candidates) {
    const hits: string[] = [];
    let best: { doc: SearchDoc; score: number } | undefined;
    for (const doc of set.docs) {
      const mapped = asQuery(doc.terms);
      const weight = doc.questionNumber === null ? TITLE_WEIGHT : 1;
      for (let k = 0; k < weight; k += 1) hits.push(...mapped);
      const docScore = bm25(mapped, queryTerms, bm25Stats, doc.terms.length) * weight;
      if (!best || docScore > best.score) best = { doc, score: docScore };
    }
    if (!best || hits.length === 0) continue;
    const matched = queryTerms.filter((t) => hits.includes(t));
    ranked.push({
      setId: set.setId,
      // Rounded so that the engines' float noise cannot change the order.
      score: Math.round(bm25(hits, queryTerms, bm25Stats, Math.max(set.length, hits.length)) * 1e6) / 1e6,
      matched,
      best: best.doc,
    });
  }
  const all = ranked.filter((r) => r.matched.length === queryTerms.length);
  const mode = all.length > 0 ? 'all' : 'any';
  const shown = mode === 'all' ? all : ranked;
  shown.sort(
    (a, b) => b.matched.length - a.matched.length || b.score - a.score || a.setId.localeCompare(b.setId),
  );
  return { mode, sets: shown };
}
