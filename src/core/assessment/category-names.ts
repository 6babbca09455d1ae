import type { Localized } from '../i18n/lang.ts';
import { messages } from './messages.ts';
import type { CategoryId } from './data-categories.ts';

/**
 * Short names of the kinds of data, for reports and the notification. The knowledge base holds
 * the full descriptions for victims; these are the labels a privacy officer reads.
 */
export const categoryNames: Record<CategoryId, Localized> = messages.categoryNames;

/** The names of `ids` in `lang`, joined for a sentence. */
export function listCategoryNames(ids: readonly CategoryId[], lang: keyof Localized): string {
  return ids.map((id) => categoryNames[id][lang]).join(', ');
}
