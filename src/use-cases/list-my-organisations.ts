import type { Actor, OrganisationRole } from '../core/access/actor.ts';
import { toOrganisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';
import type { Organisation } from '../core/accounts/records.ts';

/**
 * The organisations the actor belongs to, with the actor's role, by name. A platform
 * administrator sees every organisation (role undefined where not a member); a visitor none.
 */
export async function listMyOrganisations(
  deps: Deps,
  options: { actor: Actor },
): Promise<(Organisation & { role: OrganisationRole | undefined })[]> {
  const { actor } = options;
  let query = deps.db.selectFrom('organisations').selectAll().orderBy('name').orderBy('id');
  if (actor.kind === 'public') return [];
  if (actor.kind === 'api_token') query = query.where('id', '=', actor.organisationId);
  if (actor.kind === 'user' && !actor.platformAdmin) {
    const ids = Object.keys(actor.roles);
    if (ids.length === 0) return [];
    query = query.where('id', 'in', ids);
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    ...toOrganisation(row),
    role: actor.kind === 'user' ? actor.roles[row.id] : actor.kind === 'api_token' ? actor.role : undefined,
  }));
}
