import type { Lang } from '../../../core/i18n/lang.ts';
import { queryTerms, tokenize } from '../../../core/search/dutch-text.ts';

/** One question with its answer, from the organisation or from the knowledge base. */
export interface QaItem {
  id: string;
  question: string;
  answer: string;
  /** Who gives this answer: the organisation, or the guide's general advice. */
  from: 'organisation' | 'guide';
}

/**
 * Filters questions and answers on a search text: an item matches when every term of the
 * query (Dutch stems, accents folded) occurs in its question or answer. An empty query keeps all.
 */
export function searchQa(items: readonly QaItem[], query: string, _lang: Lang): QaItem[] {
  const terms = queryTerms(query.slice(0, 200));
  if (terms.length === 0) return [...items];
  return items.filter((item) => {
    const have = new Set(tokenize(`${item.question} ${item.answer}`).map((token) => token.term));
    return terms.every((term) => have.has(term));
  });
}
