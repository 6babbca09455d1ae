import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachUpdate } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import { insertBreachUpdate, updateBreachRow } from '../storage/repositories/breaches.ts';
import { entityId, localized, partialDate } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { assertVersion, breachFor } from './support/breach-access.ts';
import { newId, nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';

export const addBreachUpdateSchema = z.object({
  breachId: entityId,
  expectedVersion: z.number().int().min(1),
  publishedOn: partialDate,
  text: localized(5000),
});

export type AddBreachUpdateOptions = { actor: Actor } & z.input<typeof addBreachUpdateSchema>;

/** Adds a dated public update to a breach's timeline (owner or editor). */
export async function addBreachUpdate(
  deps: Deps,
  options: AddBreachUpdateOptions,
): Promise<{ update: BreachUpdate; version: number }> {
  const input = parseOptions(addBreachUpdateSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const breach = await breachFor(trx, options.actor, input.breachId, 'breach.update');
    assertVersion(breach, input.expectedVersion);
    const now = nowIso(deps);
    const update: BreachUpdate = {
      id: newId(deps),
      publishedOn: input.publishedOn,
      text: input.text,
      createdAt: now,
    };
    await insertBreachUpdate(trx, breach.id, update);
    if (!(await updateBreachRow(trx, breach.id, input.expectedVersion, { updated_at: now })))
      throw new AppError('conflict');
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'breach.update_added',
      after: update,
    });
    return { update, version: breach.version + 1 };
  });
}
