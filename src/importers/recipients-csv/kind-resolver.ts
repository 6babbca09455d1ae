import type { Knowledge } from '../../core/knowledge/index.ts';
import { foldLabel, kindSynonyms } from './kind-synonyms.ts';

/**
 * Turns one token of the "kinds of data" column into a category id. Accepted, in any case and
 * with or without accents: the agreed id (`bsn`, `date_of_birth`), the category's Dutch or
 * English name (`Geboortedatum`, `Date of birth`, also without its part in brackets), a Have
 * I Been Pwned data class (`Email addresses`), or a common synonym (`uitslag`, `huisarts`).
 * Undefined when none of these knows the token; a label never silently means two categories.
 */
export function kindResolver(knowledge: Knowledge): (token: string) => string | undefined {
  const known = new Set(knowledge.categories.map((c) => c.id));
  const byLabel = new Map<string, string>();
  const add = (label: string, id: string) => {
    const key = foldLabel(label);
    if (key && known.has(id) && !byLabel.has(key)) byLabel.set(key, id);
  };
  // Order is precedence: ids, then our own names, then HIBP classes, then synonyms.
  for (const c of knowledge.categories) add(c.id, c.id);
  for (const c of knowledge.categories)
    for (const name of [c.name.nl, c.name.en]) {
      add(name, c.id);
      add(name.replace(/\s*\(.*\)\s*$/, ''), c.id);
    }
  for (const [hibp, id] of Object.entries(knowledge.hibpDataClasses)) add(hibp, id);
  for (const [id, words] of Object.entries(kindSynonyms)) for (const word of words) add(word, id);
  return (token) => byLabel.get(foldLabel(token));
}
