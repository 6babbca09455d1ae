import { actorUserId } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
} from '../storage/repositories/kamervragen-repository.ts';
import {
  rejectedKamervragenSetIds,
  rejectKamervragenSuggestion as storeRejection,
} from '../storage/repositories/kamervragen-rejections.ts';
import { kamervragenLinkSchema, type KamervragenLinkOptions } from './confirm-kamervragen-link.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { nowIso } from './support/ids.ts';
import { memberBreachFor } from './support/kamervragen-link-access.ts';
import { parseOptions } from './support/validate.ts';

/**
 * Turns down the suggestion that a Kamervragen set is about a breach (editor or owner), so it
 * is not offered again; the set can still be linked later. Written with its audit entry in one
 * transaction. A set that is linked must be removed first (`conflict`); turning down twice
 * changes nothing.
 * @returns whether the rejection was new.
 */
export async function rejectKamervragenSuggestion(
  deps: Deps,
  options: KamervragenLinkOptions,
): Promise<{ rejected: boolean }> {
  const input = parseOptions(kamervragenLinkSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const breach = await memberBreachFor(trx, options.actor, input.breachId, 'breach.update');
    const set = await getKamervragenSet(trx, input.setId);
    if (!set) throw new AppError('not_found', { detail: 'No set of Kamervragen with this id.' });
    if ((await breachIdsOfKamervragenSet(trx, set.id)).includes(breach.id))
      throw new AppError('conflict', { detail: 'The set is linked to the breach; remove the link instead.' });
    if ((await rejectedKamervragenSetIds(trx, breach.id)).has(set.id)) return { rejected: false };
    await storeRejection(trx, {
      setId: set.id,
      breachId: breach.id,
      now: nowIso(deps),
      rejectedBy: actorUserId(options.actor),
    });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'kamervragen.suggestion_rejected',
      after: { kamervragenSetId: set.id, rejected: true, title: set.title },
    });
    return { rejected: true };
  });
}
