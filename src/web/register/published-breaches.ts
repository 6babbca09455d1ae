import { publicActor } from '../../core/access/actor.ts';
import type { BreachDeps } from '../../use-cases/deps.ts';
import { getBreach, type BreachDetail } from '../../use-cases/get-breach.ts';
import { listPublicBreaches } from '../../use-cases/list-public-breaches.ts';

/** No register is expected to come near this; it bounds the work of one open-data request. */
const MAX_BREACHES = 10_000;

/**
 * Every published (or closed) breach in full, newest first, read as a logged-out visitor would:
 * through the public use cases, so a draft can never slip into a feed or a download.
 */
export async function allPublishedBreaches(deps: BreachDeps): Promise<BreachDetail[]> {
  const out: BreachDetail[] = [];
  for (let page = 1; out.length < MAX_BREACHES; page += 1) {
    const result = await listPublicBreaches(deps, { page, pageSize: 100, sort: 'newest' });
    for (const summary of result.items)
      out.push(await getBreach(deps, { actor: publicActor, breachId: summary.id }));
    if (page >= result.pageCount) break;
  }
  return out;
}
