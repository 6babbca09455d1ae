import { publicActor, type Actor } from '../core/access/actor.ts';
import { can } from '../core/access/policy.ts';
import { AppError } from '../errors/catalogue.ts';
import { loadBreach } from '../storage/repositories/breaches.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
  kamervragenSetSummaries,
  listKamervragenSets,
  listKamervragenSetsForBreach,
  searchKamervragen,
} from '../storage/repositories/kamervragen-repository.ts';
import type { Deps } from './deps.ts';
import { breachDetail, getBreach, type BreachDetail } from './get-breach.ts';
import type { Page } from './list-breaches.ts';
import type {
  KamervragenSearchHit,
  KamervragenSearchResult,
  KamervragenSetSummary,
  StoredKamervragenSet,
} from '../core/kamervragen/records.ts';

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

/**
 * The breaches linked to a set that `actor` may read, in link order. The policy decides
 * (`breach.read`): a link to another organisation's draft is left out, as the draft itself is.
 */
export async function listKamervragenSetBreaches(
  deps: Deps,
  options: { setId: string; actor: Actor },
): Promise<BreachDetail[]> {
  const breaches: BreachDetail[] = [];
  for (const breachId of await breachIdsOfKamervragenSet(deps.db, options.setId)) {
    const breach = await loadBreach(deps.db, breachId);
    if (!breach) continue;
    const { organisationId, status } = breach;
    if (!can(options.actor, 'breach.read', { type: 'breach', organisationId, status })) continue;
    breaches.push(await breachDetail(deps, breach));
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
  const actor = options.actor ?? publicActor;
  return { set, breaches: await listKamervragenSetBreaches(deps, { setId: options.setId, actor }) };
}

/** The sets linked to a breach the actor may see (`not_found` otherwise). */
export async function kamervragenOfBreach(
  deps: Deps,
  options: { breachId: string; actor: Actor },
): Promise<StoredKamervragenSet[]> {
  const breach = await getBreach(deps, { actor: options.actor, breachId: options.breachId });
  return listKamervragenSetsForBreach(deps.db, breach.id);
}

/** One set in a page of the API's list: with how it matched when searched. */
export interface KamervragenListItem {
  set: KamervragenSetSummary;
  match: KamervragenSearchHit | null;
}

/**
 * A page of sets: all of them newest import first, or, with a query, the search's ranking (the
 * same as the pages'), with the search's mode and words.
 */
export async function pageKamervragen(
  deps: Deps,
  options: { query?: string | undefined; page: number; pageSize: number },
): Promise<Page<KamervragenListItem> & { search: Pick<KamervragenSearchResult, 'mode' | 'words'> | null }> {
  const offset = (options.page - 1) * options.pageSize;
  const paging = (total: number) => ({
    total,
    page: options.page,
    pageSize: options.pageSize,
    pageCount: Math.ceil(total / options.pageSize),
  });
  if (!options.query) {
    const all = await listKamervragenSets(deps.db);
    const items = all.slice(offset, offset + options.pageSize).map((set) => ({ set, match: null }));
    return { items, ...paging(all.length), search: null };
  }
  const result = await searchKamervragen(deps.db, options.query, { limit: options.pageSize, offset });
  const summaries = await kamervragenSetSummaries(
    deps.db,
    result.hits.map((h) => h.setId),
  );
  const hits = new Map(result.hits.map((h) => [h.setId, h]));
  return {
    items: summaries.map((set) => ({ set, match: hits.get(set.id) ?? null })),
    ...paging(result.total),
    search: { mode: result.mode, words: result.words },
  };
}
