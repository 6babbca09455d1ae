import { roleIn, type Actor, type OrganisationRole } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import type { Deps } from './deps.ts';
import { getBreach, type BreachDetail } from './get-breach.ts';
import { authorize } from './support/authorize.ts';

/**
 * A breach as its own organisation works on it: for a member of that organisation only
 * (anyone else gets `not_found`, even when it is published, because the workspace page holds
 * the internal assessment and notifications). With `action`, the policy must also allow it
 * (`breach.update` for editors and owners, `breach.publish` for owners), else `forbidden`.
 */
export async function getMemberBreach(
  deps: Deps,
  options: { actor: Actor; breachId: string; action?: 'breach.update' | 'breach.publish' },
): Promise<{ breach: BreachDetail; role: OrganisationRole }> {
  const { actor, action } = options;
  const breach = await getBreach(deps, { actor, breachId: options.breachId });
  const role = roleIn(actor, breach.organisationId);
  if (!role) throw new AppError('not_found');
  if (action)
    authorize(actor, action, {
      type: 'breach',
      organisationId: breach.organisationId,
      status: breach.status,
    });
  return { breach, role };
}
