import { foldWord, termOf } from './dutch-text.ts';

/**
 * Dutch compounds, split just enough for search: a query word finds a compound it heads
 * ("ransomware" → "ransomwaredreiging", "hack" → "hackaanval") or ends ("dreiging" →
 * "ransomwaredreiging", "lek" is too short). Without a dictionary, a compound is recognised
 * by cutting the indexed word in two where one part has the query word's search term: the
 * part must be at least `MIN_PART` letters and the rest at least `MIN_REST`, so "hacker" is not
 * taken for "hack" + "er". Both parts are stemmed with the same Snowball stemmer as the index,
 * so an inflected query ("hacks", "dreigingen") still finds the compound.
 */

/** The shortest query word that may match inside a compound. */
export const MIN_PART = 4;
/** The shortest rest of the compound next to the matching part. */
export const MIN_REST = 3;

export type CompoundMatch = 'exact' | 'head' | 'tail';

/**
 * How an indexed word relates to a query term: the same term, a compound it heads, a compound
 * it ends, or nothing (null).
 * @example compoundMatch('ransomwaredreiging', termOf('ransomware')) // 'head'
 */
export function compoundMatch(
  indexedWord: string,
  queryTerm: string,
  indexedTerm?: string,
): CompoundMatch | null {
  const word = foldWord(indexedWord);
  if ((indexedTerm ?? termOf(word)) === queryTerm) return 'exact';
  if (queryTerm.length < MIN_PART || word.length < MIN_PART + MIN_REST) return null;
  for (let cut = MIN_PART; cut <= word.length - MIN_REST; cut += 1)
    if (termOf(word.slice(0, cut)) === queryTerm) return 'head';
  for (let cut = MIN_REST; cut <= word.length - MIN_PART; cut += 1)
    if (termOf(word.slice(cut)) === queryTerm) return 'tail';
  return null;
}

/** Dutch agent-noun endings: "hackers" is someone who hacks. */
const AGENT_ENDINGS = ['ers', 'er'];

/**
 * The search term of the word an agent noun is made from ("hackers" → "hack"), or undefined.
 * A query for the people finds the act too; the base must be at least `MIN_PART` letters, so
 * "ouders" does not become "oud".
 * @example agentBase('hackers') // termOf('hack')
 */
export function agentBase(queryWord: string): string | undefined {
  const word = foldWord(queryWord);
  const ending = AGENT_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_PART);
  return ending === undefined ? undefined : termOf(word.slice(0, -ending.length));
}
