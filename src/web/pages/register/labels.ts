import { sectors } from '../../../core/breaches/vocabulary.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';

// How the register names a record's sector and kinds of data; the list and the breach page share it.

/** Kinds of data in the knowledge base's order (identity first); unknown ids last. */
export function inKnowledgeOrder(ids: readonly string[], categories: Map<string, Category>): string[] {
  const position = new Map([...categories.keys()].map((id, index) => [id, index]));
  const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => at(a) - at(b));
}

/** A sector's name; an id outside the vocabulary is shown as it is. */
export function sectorLabel(page: PageContext, sector: string): string {
  return (sectors as readonly string[]).includes(sector)
    ? page.t(`register.sector.${sector}` as MessageKey)
    : sector;
}
