import { stemmer } from '@orama/stemmers/dutch';

/**
 * Dutch text analysis for full-text search, done in the application so that SQLite (FTS5 has
 * no Dutch stemmer) and PostgreSQL index and query exactly the same terms. The stemmer is the
 * Snowball Dutch algorithm, the same one PostgreSQL's 'dutch' configuration uses. Snowball is
 * not idempotent ("gegevens" → "gegeven" → "gegev"), which is why the stored stems are indexed
 * as they are (PostgreSQL 'simple', FTS5 unicode61) rather than stemmed a second time.
 */

/** Very common Dutch words that carry no meaning in a search; left out of index and query alike. */
const STOPWORDS = new Set(
  (
    'de het een en van in op te dat die is voor met aan er als bij om of zijn ook door naar ' +
    'niet maar dan wel nog uit over tot ze hij zij wij we u uw ik je mijn dit deze was wordt worden ' +
    'kan kunnen heeft hebben had al zo hun haar hem hen wat welke wie'
  ).split(' '),
);

/** One word of a text, with where it stands (for snippets) and its search term. */
export interface Token {
  word: string;
  start: number;
  end: number;
  term: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "geïnformeerd" → "geinformeerd". */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search term of one word: folded, then stemmed; numbers stay as they are. */
export function termOf(word: string): string {
  const folded = foldWord(word);
  return /^\p{N}+$/u.test(folded) ? folded : stemmer(folded);
}

/** Every word of `text` with its term; stopwords are left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    // "OM" (Openbaar Ministerie) is not the word "om": an all-capital word is never a stopword.
    const acronym = match[0].length > 1 && match[0] === match[0].toUpperCase() && /\p{L}/u.test(match[0]);
    if (STOPWORDS.has(folded) && !acronym) continue;
    tokens.push({
      word: match[0],
      start: match.index,
      end: match.index + match[0].length,
      term: termOf(match[0]),
    });
  }
  return tokens;
}

/** The terms of `text` joined by spaces: what the search index stores. */
export function searchTerms(text: string): string {
  return tokenize(text)
    .map((t) => t.term)
    .join(' ');
}

/** The distinct terms of a query, in order; only letters and digits survive, so no query syntax leaks through. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).map((t) => t.term))].filter((t) => t !== '');
}

/** A short piece of `text` around the first matching word, with the matching words marked by offsets. */
export interface Snippet {
  text: string;
  /** [start, end) offsets of matching words within `text`. */
  highlights: Array<[number, number]>;
}

/**
 * Cuts a snippet of about `words` words around the first word whose term is in `terms`.
 * @example makeSnippet('De datalekken bij het lab…', ['datalek'])
 */
export function makeSnippet(text: string, terms: readonly string[], words = 24): Snippet {
  const all = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0],
  }));
  const wanted = new Set(terms);
  const hit = Math.max(
    0,
    all.findIndex((w) => wanted.has(termOf(w.word))),
  );
  const first = Math.max(0, hit - Math.floor(words / 3));
  const last = Math.min(all.length - 1, first + words - 1);
  if (all.length === 0) return { text: text.slice(0, 200), highlights: [] };
  const from = first === 0 ? 0 : (all[first]?.start ?? 0);
  const to = last === all.length - 1 ? text.trimEnd().length : (all[last]?.end ?? text.length);
  const prefix = first > 0 ? '… ' : '';
  const suffix = last < all.length - 1 ? ' …' : '';
  const highlights: Array<[number, number]> = [];
  for (let k = first; k <= last; k += 1) {
    const w = all[k];
    if (w && wanted.has(termOf(w.word)))
      highlights.push([w.start - from + prefix.length, w.end - from + prefix.length]);
  }
  // One space for each whitespace character, so the highlight offsets stay right.
  return { text: `${prefix}${text.slice(from, to).replace(/\s/gu, ' ')}${suffix}`, highlights };
}
