import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import { updateBreachRow } from '../storage/repositories/breaches.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { auditBreachChange, statusOf } from './support/breach-audit.ts';
import { assertVersion, breachFor } from './support/breach-access.ts';
import { nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import { invalidField } from '../errors/field-messages.ts';

export const unpublishBreachSchema = z.object({
  breachId: entityId,
  expectedVersion: z.number().int().min(1),
});

export type UnpublishBreachOptions = { actor: Actor } & z.input<typeof unpublishBreachSchema>;

/** Takes a breach out of the public register, back to draft (owners only). */
export async function unpublishBreach(deps: Deps, options: UnpublishBreachOptions): Promise<BreachRecord> {
  const input = parseOptions(unpublishBreachSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const before = await breachFor(trx, options.actor, input.breachId, 'breach.publish');
    assertVersion(before, input.expectedVersion);
    if (before.status === 'draft')
      throw invalidField('breachId', {
        nl: 'Dit datalek is niet openbaar.',
        en: 'This breach is not public.',
      });
    if (
      !(await updateBreachRow(trx, before.id, input.expectedVersion, {
        status: 'draft',
        updated_at: nowIso(deps),
      }))
    )
      throw new AppError('conflict');
    return auditBreachChange(deps, trx, {
      actor: options.actor,
      before,
      action: 'breach.unpublished',
      record: statusOf,
    });
  });
}
