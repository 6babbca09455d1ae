/**
 * BM25 relevance of one document for a query, from the stored search terms. Pure, so that
 * every database engine ranks the same way (see docs/kamervragen.md).
 */

/** What BM25 needs to know about the whole collection. */
export interface CorpusStats {
  /** Number of documents in the collection. */
  documents: number;
  /** Average number of terms per document. */
  averageLength: number;
  /** For each query term, in how many documents it occurs. */
  documentFrequency: ReadonlyMap<string, number>;
}

const K1 = 1.2;
const B = 0.75;

/**
 * The BM25 score (k1 1.2, b 0.75) of a document given as its list of terms. `length` is the
 * document's length when `documentTerms` holds only some of its terms (the matching ones).
 * @example bm25(['datalek', 'lab'], ['datalek'], { documents: 10, averageLength: 2, documentFrequency: new Map([['datalek', 3]]) })
 */
export function bm25(
  documentTerms: readonly string[],
  queryTerms: readonly string[],
  stats: CorpusStats,
  length: number = documentTerms.length,
): number {
  const counts = new Map<string, number>();
  for (const t of documentTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const lengthFactor = 1 - B + (B * length) / Math.max(stats.averageLength, 1e-9);
  let score = 0;
  for (const term of new Set(queryTerms)) {
    const tf = counts.get(term) ?? 0;
    if (tf === 0) continue;
    const df = stats.documentFrequency.get(term) ?? 0;
    const idf = Math.log(1 + (stats.documents - df + 0.5) / (df + 0.5));
    score += (idf * tf * (K1 + 1)) / (tf + K1 * lengthFactor);
  }
  return score;
}
