import type { Actor } from '../core/access/actor.ts';
import { roleIn } from '../core/access/actor.ts';
import { AppError } from '../errors/catalogue.ts';
import { loadBreach } from '../storage/repositories/breaches.ts';
import type { Deps } from './deps.ts';
import {
  codeHashPrefix,
  lookUpPersonalCode,
  type CodeDeps,
  type CodeLookup,
} from './look-up-personal-code.ts';
import { audit } from './support/audit.ts';

/**
 * The helpline: a signed-in member of the organisation opens a caller's plan from the code the
 * caller reads out. Only codes of the member's own organisation's breaches are found; any other
 * code is `not_found`, exactly like an unknown one, so staff learn nothing about other breaches.
 * Each successful look-up is audited with the breach and a prefix of the code hash, never the code.
 * A failed look-up (typing error, or a code that is unknown or another organisation's) is audited
 * too, in each of the member's organisations, with only the reason: a run of failures from one
 * account shows up, and nothing about another organisation's codes is written down.
 */
export async function lookUpCallerPlan(
  deps: Deps & CodeDeps,
  options: { actor: Actor; code: string },
): Promise<Exclude<CodeLookup, { outcome: 'unknown' }>> {
  if (options.actor.kind !== 'user') throw new AppError('unauthenticated');
  const actor = options.actor;
  const failed = async (reason: 'typo' | 'not_found') => {
    for (const organisationId of Object.keys(actor.roles))
      await audit(deps, deps.db, {
        actor,
        organisationId,
        entityType: 'user',
        entityId: actor.userId,
        action: 'helpline.code_lookup_failed',
        after: { reason },
      });
  };
  const lookup = await lookUpPersonalCode(deps, { code: options.code });
  if (lookup.outcome === 'typo') {
    await failed('typo');
    return lookup;
  }
  if (lookup.outcome === 'unknown') {
    await failed('not_found');
    throw new AppError('not_found');
  }
  const breach = await loadBreach(deps.db, lookup.record.breachId);
  if (!breach || roleIn(options.actor, breach.organisationId) === undefined) {
    await failed('not_found');
    throw new AppError('not_found');
  }
  await audit(deps, deps.db, {
    actor: options.actor,
    organisationId: breach.organisationId,
    entityType: 'breach',
    entityId: breach.id,
    action: 'helpline.code_lookup',
    after: { codeHashPrefix: codeHashPrefix(lookup.codeHash), round: lookup.record.lastRound },
  });
  return lookup;
}
