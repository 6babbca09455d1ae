import type { Certainty } from '../knowledge/schema.ts';
import { matches } from './score-risks.ts';

/** The fields that decide whether an action or question applies to a person. */
export interface Applicable {
  always: boolean;
  applies_when: string[][];
  not_when: string[][];
  certainty?: Certainty[] | undefined;
}

/**
 * Whether an action or question applies. Someone who is not affected only gets items marked
 * `always`; everyone else gets `always` items and items whose data all leaked. An item is left
 * out when all data of one of its `not_when` lists leaked (a more specific item covers it).
 */
export function applies(item: Applicable, data: ReadonlySet<string>, certainty: Certainty): boolean {
  if (item.certainty && !item.certainty.includes(certainty)) return false;
  if (item.not_when.some((set) => matches(set, data))) return false;
  if (item.always) return true;
  if (certainty === 'not_affected') return false;
  return item.applies_when.some((set) => matches(set, data));
}
