import type { Kysely } from 'kysely';
import { roleIn, type Actor } from '../../core/access/actor.ts';
import type { Action } from '../../core/access/policy.ts';
import type { BreachRecord } from '../../core/breaches/breach.ts';
import { AppError } from '../../errors/catalogue.ts';
import type { Database } from '../../storage/schema.ts';
import { authorize } from './authorize.ts';
import { breachFor } from './breach-access.ts';

/** A set id as the repository makes them: `kv-` and 24 hex digits. */
export const kamervragenSetIdPattern = /^kv-[0-9a-f]{24}$/;

/**
 * The breach whose Kamervragen links `actor` looks at or changes. Only members of the breach's
 * organisation get past: anyone else gets `not_found`, also for a published breach, as on every
 * workspace page. A member without the role for `action` (a viewer changing links) gets `forbidden`.
 */
export async function memberBreachFor(
  db: Kysely<Database>,
  actor: Actor,
  breachId: string,
  action: Extract<Action, 'breach.read' | 'breach.update'>,
): Promise<BreachRecord> {
  const breach = await breachFor(db, actor, breachId, 'breach.read');
  if (actor.kind !== 'system' && !roleIn(actor, breach.organisationId)) throw new AppError('not_found');
  authorize(actor, action, { type: 'breach', organisationId: breach.organisationId, status: breach.status });
  return breach;
}
