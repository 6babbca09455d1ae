import { resolveCategoryIds, resolveHibpClasses, type Knowledge } from '../../core/knowledge/index.ts';

/**
 * Turns one token of the "kinds of data" column into a category id: an agreed id such as
 * `bsn`, or a Have I Been Pwned data-class name such as `Email addresses`. Undefined when the
 * knowledge base knows neither.
 */
export function kindResolver(knowledge: Knowledge): (token: string) => string | undefined {
  return (token) =>
    resolveCategoryIds(knowledge, [token.toLowerCase()]).categories[0] ??
    resolveHibpClasses(knowledge, [token]).categories[0];
}
