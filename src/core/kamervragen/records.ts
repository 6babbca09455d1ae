// Parliamentary questions as the program keeps them: who asked, who answers, and a stored set.
// The importer parses into these; storage fills the stored shapes; pages import them from here.
import type { Snippet } from '../search/dutch-text.ts';

/** A member of parliament who asked the questions. `party` is null when the export names none. */
export interface Submitter {
  name: string;
  party: string | null;
}

/**
 * A member of government the questions are addressed to. The export puts both the role
 * ("minister justitie en veiligheid, minister asiel en migratie") and the party in
 * parentheses after the name; either may be missing.
 */
export interface Respondent {
  name: string;
  role: string | null;
  party: string | null;
}

/** A stored question (line numbers are not stored). */
export interface StoredQuestion {
  /** 1..n within the set, in the order of the file. */
  number: number;
  /** The question without footnote markers. */
  text: string;
  /** The answer lines joined with "\n", without footnote markers; null when unanswered. */
  answer: string | null;
  /** The number of the question whose answer this answer only points to ("Zie antwoord vraag 8."). */
  refersTo: number | null;
  /** Footnote numbers cited in the question, in reading order. */
  footnotes: number[];
  /** Footnote numbers cited in the answer, in reading order. */
  answerFootnotes: number[];
}

/** A stored set without its questions: enough for a list. */
export interface KamervragenSetSummary {
  id: string;
  title: string;
  submitters: Submitter[];
  respondents: Respondent[];
  questionCount: number;
  answeredCount: number;
  importedAt: string;
  updatedAt: string;
}

/** A stored set with its questions. */
export interface StoredKamervragenSet extends KamervragenSetSummary {
  questions: StoredQuestion[];
}

/** One set found by a search, with the best-matching part of it. */
export interface KamervragenSearchHit {
  setId: string;
  setTitle: string;
  /** The question whose text or answer matches best; null when the set's title does. */
  questionNumber: number | null;
  score: number;
  /** The query words (as typed) this set matches. */
  matchedWords: string[];
  snippet: Snippet;
}

export interface KamervragenSearchResult {
  /**
   * `all`: every hit matches every query word. `any`: no set matches them all, so the hits are
   * the sets that match at least one word, those matching more words first. Say so to people.
   */
  mode: 'all' | 'any';
  /** The query words that count (stopwords left out), as typed. */
  words: string[];
  /** Number of sets found; `hits` is one page of them. */
  total: number;
  hits: KamervragenSearchHit[];
}
