import { AppError } from '../errors/catalogue.ts';
import { getKamervragenSet, unlinkKamervragenSet } from '../storage/repositories/kamervragen-repository.ts';
import { kamervragenLinkSchema, type KamervragenLinkOptions } from './confirm-kamervragen-link.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { memberBreachFor } from './support/kamervragen-link-access.ts';
import { parseOptions } from './support/validate.ts';

/**
 * Removes the link between a Kamervragen set and a breach (editor or owner of the breach's
 * organisation), with its audit entry in the same transaction. The set then no longer shows on
 * the public breach page. A link that is not there is `not_found`.
 */
export async function removeKamervragenLink(deps: Deps, options: KamervragenLinkOptions): Promise<void> {
  const input = parseOptions(kamervragenLinkSchema, options);
  await deps.db.transaction().execute(async (trx) => {
    const breach = await memberBreachFor(trx, options.actor, input.breachId, 'breach.update');
    const set = await getKamervragenSet(trx, input.setId);
    if (!set || !(await unlinkKamervragenSet(trx, { setId: set.id, breachId: breach.id })))
      throw new AppError('not_found', { detail: 'This set of Kamervragen is not linked to the breach.' });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'kamervragen.link_removed',
      before: { kamervragenSetId: set.id, linked: true, title: set.title },
      after: { kamervragenSetId: set.id, linked: false },
    });
  });
}
