import { findOrganisation, findOrganisationBySlug } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';

/**
 * The slugs of a breach's parties, for its edit form, where other parties are named by slug.
 * The breach comes from `getMemberBreach`, which has already checked that the actor may edit it.
 */
export async function partySlugs(
  deps: Pick<Deps, 'db'>,
  breach: { parties: readonly { organisationId: string }[] },
): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  for (const party of breach.parties) {
    const organisation = await findOrganisation(deps.db, party.organisationId);
    if (organisation) slugs.set(party.organisationId, organisation.slug);
  }
  return slugs;
}

/**
 * The organisation a slug names, when an editor names another party of a breach; `undefined`
 * when no organisation has that slug (the form then says so at that field).
 */
export async function partyBySlug(deps: Pick<Deps, 'db'>, slug: string): Promise<{ id: string } | undefined> {
  const organisation = await findOrganisationBySlug(deps.db, slug);
  return organisation ? { id: organisation.id } : undefined;
}
