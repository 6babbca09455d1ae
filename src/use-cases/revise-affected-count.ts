import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachRecord, CountRevision } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  insertCountRevision,
  listCountRevisions,
  updateBreachRow,
} from '../storage/repositories/breaches.ts';
import { entityId, localized, partialDate } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { assertVersion, breachFor } from './support/breach-access.ts';
import { newId, nowIso } from './support/ids.ts';
import { inTransaction } from './support/transaction.ts';
import { parseOptions } from './support/validate.ts';

export const reviseAffectedCountSchema = z.object({
  breachId: entityId,
  expectedVersion: z.number().int().min(1),
  count: z.number().int().min(0),
  effectiveOn: partialDate,
  reason: localized(500),
});

export type ReviseAffectedCountOptions = { actor: Actor } & z.input<typeof reviseAffectedCountSchema>;

/**
 * Records a new number of people affected, with why and since when (owner or editor). Earlier
 * counts stay in the history; the newest by date becomes the breach's current count.
 */
export async function reviseAffectedCount(
  deps: Deps,
  options: ReviseAffectedCountOptions,
): Promise<{ breach: BreachRecord; revision: CountRevision; history: CountRevision[] }> {
  const input = parseOptions(reviseAffectedCountSchema, options);
  return inTransaction(deps.db, async (trx) => {
    const before = await breachFor(trx, options.actor, input.breachId, 'breach.update');
    assertVersion(before, input.expectedVersion);
    const now = nowIso(deps);
    const revision: CountRevision = {
      id: newId(deps),
      peopleAffected: input.count,
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      recordedAt: now,
    };
    await insertCountRevision(trx, before.id, revision);
    const history = await listCountRevisions(trx, before.id);
    const current = history.at(-1)?.peopleAffected ?? null;
    if (
      !(await updateBreachRow(trx, before.id, input.expectedVersion, {
        people_affected: current,
        updated_at: now,
      }))
    )
      throw new AppError('conflict');
    const breach = { ...before, peopleAffected: current, version: before.version + 1, updatedAt: now };
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: before.organisationId,
      entityType: 'breach',
      entityId: before.id,
      action: 'breach.count_revised',
      before: { peopleAffected: before.peopleAffected, version: before.version },
      after: { peopleAffected: current, version: breach.version, revision },
    });
    return { breach, revision, history };
  });
}
