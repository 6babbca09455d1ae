import { roleIn, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { listAuthorityNotifications as listRows } from '../storage/repositories/assessments.ts';
import type { Deps } from './deps.ts';
import { breachFor } from './support/breach-access.ts';
import type { StoredAuthorityNotification } from '../core/breaches/assessment-records.ts';

/**
 * The recorded phases of a breach's notification to the authority, first one first. Internal:
 * only members of the breach's organisation see them, also when the breach is published.
 */
export async function listAuthorityNotifications(
  deps: Deps,
  options: { actor: Actor; breachId: string },
): Promise<StoredAuthorityNotification[]> {
  const breach = await breachFor(deps.db, options.actor, String(options.breachId), 'breach.read');
  if (options.actor.kind !== 'system' && roleIn(options.actor, breach.organisationId) === undefined)
    throw new AppError('not_found');
  return listRows(deps.db, breach.id);
}
