import type { Kysely } from 'kysely';
import { roleIn, type Actor } from '../../core/access/actor.ts';
import type { BreachRecord } from '../../core/breaches/breach.ts';
import { AppError } from '../../errors/catalogue.ts';
import { loadBreach } from '../../storage/repositories/breaches.ts';
import type { Database } from '../../storage/schema.ts';

/**
 * The breach whose letters `actor` works on. Letters, recipients and their outputs belong to
 * the breach's organisation only: anyone without a role there gets `not_found` (even for a
 * published breach, and even a platform administrator), a viewer who wants to change something
 * gets `forbidden`. The command line (`system`) may do everything.
 */
export async function letterBreach(
  db: Kysely<Database>,
  actor: Actor,
  breachId: string,
  minimum: 'viewer' | 'editor',
): Promise<BreachRecord> {
  const breach = await loadBreach(db, breachId);
  if (!breach) throw new AppError('not_found');
  if (actor.kind === 'system') return breach;
  const role = roleIn(actor, breach.organisationId);
  if (role === undefined) throw new AppError('not_found');
  if (minimum === 'editor' && role === 'viewer') throw new AppError('forbidden');
  return breach;
}
