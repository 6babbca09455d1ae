import { publicActor, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
  listKamervragenSets,
  listKamervragenSetsForBreach,
  searchKamervragen,
  type KamervragenSearchResult,
  type KamervragenSetSummary,
  type StoredKamervragenSet,
} from '../storage/repositories/kamervragen-repository.ts';
import type { Deps } from './deps.ts';
import { getBreach, type BreachDetail } from './get-breach.ts';

/**
 * Reading the imported parliamentary questions: public material, the same for the pages and
 * the API. Links to breaches are shown only for breaches the actor may see (a link to a draft
 * of another organisation stays hidden, exactly as the draft itself).
 */

/** Every imported set, newest import first. */
export async function listKamervragen(deps: Deps): Promise<KamervragenSetSummary[]> {
  return listKamervragenSets(deps.db);
}

/** Search across whole sets; see `searchKamervragen` in storage for matching and ranking. */
export async function searchKamervragenSets(
  deps: Deps,
  options: { query: string; limit?: number; offset?: number },
): Promise<KamervragenSearchResult> {
  return searchKamervragen(deps.db, options.query, {
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.offset === undefined ? {} : { offset: options.offset }),
  });
}

/** The breaches of `breachIds` that `actor` may see, in the given order. */
async function visibleBreaches(
  deps: Deps,
  actor: Actor,
  breachIds: readonly string[],
): Promise<BreachDetail[]> {
  const breaches: BreachDetail[] = [];
  for (const breachId of breachIds) {
    try {
      breaches.push(await getBreach(deps, { actor, breachId }));
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'not_found')) throw error;
    }
  }
  return breaches;
}

/** One set with its questions and the breaches it is linked to; `not_found` when there is no such set. */
export async function readKamervragenSet(
  deps: Deps,
  options: { setId: string; actor?: Actor },
): Promise<{ set: StoredKamervragenSet; breaches: BreachDetail[] }> {
  const set = await getKamervragenSet(deps.db, options.setId);
  if (!set) throw new AppError('not_found', { detail: 'No set of parliamentary questions with this id.' });
  const breachIds = await breachIdsOfKamervragenSet(deps.db, options.setId);
  return { set, breaches: await visibleBreaches(deps, options.actor ?? publicActor, breachIds) };
}

/** The sets linked to a breach the actor may see (`not_found` otherwise). */
export async function kamervragenOfBreach(
  deps: Deps,
  options: { breachId: string; actor: Actor },
): Promise<StoredKamervragenSet[]> {
  const breach = await getBreach(deps, { actor: options.actor, breachId: options.breachId });
  return listKamervragenSetsForBreach(deps.db, breach.id);
}
