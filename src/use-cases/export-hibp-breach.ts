import type { Actor } from '../core/access/actor.ts';
import { hibpRecordOf, type HibpRecord } from '../importers/hibp/export-record.ts';
import { findHibpSource } from '../storage/repositories/hibp-sources.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { Deps } from './deps.ts';
import { getBreach } from './get-breach.ts';

export interface ExportHibpBreachOptions {
  actor: Actor;
  breachId: string;
}

/**
 * A breach in Have I Been Pwned's format (same access rules as `getBreach`: drafts only for
 * their own organisation). A breach imported from HIBP gives back its record as it came,
 * except the values changed in the register since (see `hibpRecordOf`).
 */
export async function exportHibpBreach(deps: Deps, options: ExportHibpBreachOptions): Promise<HibpRecord> {
  const breach = await getBreach(deps, { actor: options.actor, breachId: options.breachId });
  const organisation = await findOrganisation(deps.db, breach.organisationId);
  const source = await findHibpSource(deps.db, breach.id);
  return hibpRecordOf(breach, organisation?.website ?? null, source);
}

/** Whether a breach comes from an HIBP record marked sensitive (its publication then needs a confirmation). */
export async function isSensitiveHibpBreach(deps: Deps, breachId: string): Promise<boolean> {
  return (await findHibpSource(deps.db, breachId))?.record.IsSensitive === true;
}
