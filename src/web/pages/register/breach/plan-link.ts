import type { Category } from '../../../../core/knowledge/index.ts';
import type { BreachDetail } from '../../../../use-cases/get-breach.ts';
import type { PageContext } from '../../../page.ts';

/** Link to the victims' plan with this breach's kinds of data ticked; the visitor checks the rest. */
export function planLink(page: PageContext, breach: BreachDetail, categories: Category[]): string {
  const known = new Set(categories.map((c) => c.id));
  const ids = breach.dataCategories.filter((id) => known.has(id));
  if (ids.length === 0) return page.href('/plan');
  const search = new URLSearchParams(ids.map((id) => ['data', id]));
  // The form needs an answer to every question to show itself without errors; these two are
  // the careful ones for someone who does not yet know more, and the visitor can change them.
  search.set('certainty', 'possibly');
  search.set('published', 'unknown');
  search.set('change', '1');
  return `${page.href('/plan')}?${search.toString()}`;
}
