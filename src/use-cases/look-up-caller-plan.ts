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
 */
export async function lookUpCallerPlan(
  deps: Deps & CodeDeps,
  options: { actor: Actor; code: string },
): Promise<Exclude<CodeLookup, { outcome: 'unknown' }>> {
  if (options.actor.kind !== 'user') throw new AppError('unauthenticated');
  const lookup = await lookUpPersonalCode(deps, { code: options.code });
  if (lookup.outcome === 'typo') return lookup;
  if (lookup.outcome === 'unknown') throw new AppError('not_found');
  const breach = await loadBreach(deps.db, lookup.record.breachId);
  if (!breach || roleIn(options.actor, breach.organisationId) === undefined) throw new AppError('not_found');
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
