import type { Actor } from '../core/access/actor.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';
import { getBreach, type BreachDetail } from './get-breach.ts';

export interface ExportHibpBreachOptions {
  actor: Actor;
  breachId: string;
}

/**
 * What an export in Have I Been Pwned's format needs: the breach (same access rules as
 * `getBreach`: drafts only for their own organisation) and the managing organisation's website.
 */
export async function exportHibpBreach(
  deps: Deps,
  options: ExportHibpBreachOptions,
): Promise<{ breach: BreachDetail; organisationWebsite: string | null }> {
  const breach = await getBreach(deps, { actor: options.actor, breachId: options.breachId });
  const organisation = await findOrganisation(deps.db, breach.organisationId);
  return { breach, organisationWebsite: organisation?.website ?? null };
}
