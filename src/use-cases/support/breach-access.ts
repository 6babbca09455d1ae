import type { Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.ts';
import { can, type Action } from '../../core/access/policy.ts';
import type { BreachRecord } from '../../core/breaches/breach.ts';
import { AppError } from '../../errors/catalogue.ts';
import { loadBreach } from '../../storage/repositories/breaches.ts';
import type { Database } from '../../storage/schema.ts';

/**
 * Loads a breach for `action`. A breach the actor may not even read is `not_found`, so that
 * another organisation's drafts do not reveal that they exist; one that may be read but not
 * changed is `forbidden`.
 */
export async function breachFor(
  db: Kysely<Database>,
  actor: Actor,
  breachId: string,
  action: Action,
): Promise<BreachRecord> {
  const breach = await loadBreach(db, breachId);
  if (!breach) throw new AppError('not_found');
  const resource = { type: 'breach', organisationId: breach.organisationId, status: breach.status } as const;
  if (!can(actor, 'breach.read', resource)) throw new AppError('not_found');
  if (!can(actor, action, resource))
    throw new AppError(actor.kind === 'public' ? 'unauthenticated' : 'forbidden');
  return breach;
}

/** Throws `conflict` when the caller edited an older version than the stored one. */
export function assertVersion(breach: BreachRecord, expectedVersion: number): void {
  if (breach.version !== expectedVersion)
    throw new AppError('conflict', {
      detail: `The breach is at version ${breach.version}, not ${expectedVersion}.`,
    });
}
