import type { Kysely } from 'kysely';
import type { Actor } from '../../core/access/actor.ts';
import type { BreachRecord } from '../../core/breaches/breach.ts';
import { AppError } from '../../errors/catalogue.ts';
import { loadBreach } from '../../storage/repositories/breaches.ts';
import type { Database } from '../../storage/schema.ts';
import type { Deps } from '../deps.ts';
import { audit } from './audit.ts';

/** What a status change records of a breach: its status and version, not its content. */
export function statusOf(breach: BreachRecord): { status: string; version: number } {
  return { status: breach.status, version: breach.version };
}

/**
 * Reads a breach again after its row changed in `trx` and writes the change's audit entry in the
 * same transaction: the whole breach before and after, or what `record` takes of it.
 */
export async function auditBreachChange(
  deps: Deps,
  trx: Kysely<Database>,
  change: {
    actor: Actor;
    before: BreachRecord;
    action: string;
    record?: (breach: BreachRecord) => unknown;
  },
): Promise<BreachRecord> {
  const { before, record = (breach) => breach } = change;
  const after = await loadBreach(trx, before.id);
  if (!after) throw new AppError('not_found');
  await audit(deps, trx, {
    actor: change.actor,
    organisationId: before.organisationId,
    entityType: 'breach',
    entityId: before.id,
    action: change.action,
    before: record(before),
    after: record(after),
  });
  return after;
}
