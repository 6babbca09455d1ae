import { z } from 'zod';
import { actorUserId, type Actor } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { zodMessage } from '../errors/field-messages.ts';
import {
  breachIdsOfKamervragenSet,
  getKamervragenSet,
  linkKamervragenSet,
} from '../storage/repositories/kamervragen-repository.ts';
import { clearKamervragenRejection } from '../storage/repositories/kamervragen-rejections.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { nowIso } from './support/ids.ts';
import { kamervragenSetIdPattern, memberBreachFor } from './support/kamervragen-link-access.ts';
import { parseOptions } from './support/validate.ts';

export const kamervragenLinkSchema = z.object({
  breachId: entityId,
  setId: z
    .string()
    .regex(
      kamervragenSetIdPattern,
      zodMessage({ nl: 'Deze set Kamervragen kennen we niet.', en: 'Unknown set of Kamervragen.' }),
    ),
});

export type KamervragenLinkOptions = { actor: Actor } & z.input<typeof kamervragenLinkSchema>;

/**
 * Links a Kamervragen set to a breach, as an editor or owner of the breach's organisation
 * confirms a suggestion (or links a set turned down before). The link and its audit entry are
 * written in one transaction; a link that is already there changes nothing.
 * @returns whether a link was made.
 */
export async function confirmKamervragenLink(
  deps: Deps,
  options: KamervragenLinkOptions,
): Promise<{ linked: boolean }> {
  const input = parseOptions(kamervragenLinkSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const breach = await memberBreachFor(trx, options.actor, input.breachId, 'breach.update');
    const set = await getKamervragenSet(trx, input.setId);
    if (!set) throw new AppError('not_found', { detail: 'No set of Kamervragen with this id.' });
    if ((await breachIdsOfKamervragenSet(trx, set.id)).includes(breach.id)) return { linked: false };
    await linkKamervragenSet(trx, {
      setId: set.id,
      breachId: breach.id,
      now: nowIso(deps),
      linkedBy: actorUserId(options.actor),
    });
    const wasRejected = await clearKamervragenRejection(trx, { setId: set.id, breachId: breach.id });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'kamervragen.link_confirmed',
      before: { kamervragenSetId: set.id, linked: false, rejected: wasRejected },
      after: { kamervragenSetId: set.id, linked: true, title: set.title },
    });
    return { linked: true };
  });
}
