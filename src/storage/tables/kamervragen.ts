/** Row types of the Kamervragen tables (migration 0100). */
export interface KamervragenSetsTable {
  /** Stable: derived from the title and the submitters, so a re-import finds the same set. */
  id: string;
  title: string;
  /** JSON: `{name, party}[]`. */
  submitters_json: string;
  /** JSON: `{name, role, party}[]`. */
  respondents_json: string;
  question_count: number;
  answered_count: number;
  /** Hash of everything imported, to tell an unchanged re-import from an updated one. */
  content_hash: string;
  imported_at: string;
  updated_at: string;
}

export interface KamervragenQuestionsTable {
  set_id: string;
  number: number;
  text: string;
  answer: string | null;
  refers_to: number | null;
  /** JSON: `number[]`. */
  footnotes_json: string;
  /** JSON: `number[]`. */
  answer_footnotes_json: string;
}

/**
 * One search document per question (question and answer) and one per set title. `terms`
 * holds the Dutch stems, computed in the application; the engine-specific index (FTS5 table
 * `kamervragen_fts` on SQLite, the `terms_tsv` column on PostgreSQL) is built from it.
 */
export interface KamervragenSearchDocsTable {
  doc_id: string;
  set_id: string;
  /** Null for the document of the set's title. */
  question_number: number | null;
  terms: string;
  /** Number of terms, for the average document length that ranking needs. */
  term_count: number;
}

export interface KamervragenBreachLinksTable {
  set_id: string;
  breach_id: string;
  linked_at: string;
  /** Account id of the editor who confirmed the link, when known. */
  linked_by: string | null;
}

/**
 * The search vocabulary: every word that occurs in a search document (folded to lower case
 * without accents) with its search term. Query words are matched against it to find the
 * compounds they head or end (src/core/search/compounds.ts). Words are only added; a word no
 * document holds any more finds nothing.
 */
export interface KamervragenSearchWordsTable {
  word: string;
  term: string;
}

/** The Kamervragen tables, joined into `Database` in schema.ts. */
export interface KamervragenTables {
  kamervragen_sets: KamervragenSetsTable;
  kamervragen_questions: KamervragenQuestionsTable;
  kamervragen_search_docs: KamervragenSearchDocsTable;
  kamervragen_breach_links: KamervragenBreachLinksTable;
  kamervragen_search_words: KamervragenSearchWordsTable;
}
