import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachContent, BreachRecord } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import { contentColumns, replaceBreachParts, updateBreachRow } from '../storage/repositories/breaches.ts';
import { breachContentFields, defaultCategoryIds, entityId } from './breach-fields.ts';
import { dateOrderErrors, partiesOf, unknownParties } from './breach-content.ts';
import type { BreachDeps } from './deps.ts';
import { auditBreachChange } from './support/breach-audit.ts';
import { assertVersion, breachFor } from './support/breach-access.ts';
import { newId, nowIso } from './support/ids.ts';
import { inTransaction } from './support/transaction.ts';
import { parseOptions } from './support/validate.ts';

/** The options of `updateBreach`: the id, the version that was edited, and any changed fields. */
export function updateBreachSchema(categoryIds: ReadonlySet<string> = defaultCategoryIds) {
  return z.object({
    breachId: entityId,
    expectedVersion: z.number().int().min(1),
    changes: z.object(breachContentFields(categoryIds)).partial(),
  });
}

export type UpdateBreachOptions = { actor: Actor } & z.input<ReturnType<typeof updateBreachSchema>>;

/**
 * Changes a breach's content (owner or editor). Fields left out stay as they are; lists given
 * replace the stored list. Fails with `conflict` when `expectedVersion` is no longer current.
 */
export async function updateBreach(deps: BreachDeps, options: UpdateBreachOptions): Promise<BreachRecord> {
  const input = parseOptions(updateBreachSchema(deps.categoryIds), options);
  return inTransaction(deps.db, async (trx) => {
    const before = await breachFor(trx, options.actor, input.breachId, 'breach.update');
    assertVersion(before, input.expectedVersion);
    const c = input.changes;
    const ownRole =
      c.ownRole ??
      before.parties.find((p) => p.organisationId === before.organisationId)?.role ??
      'controller';
    const others = c.otherParties ?? before.parties.filter((p) => p.organisationId !== before.organisationId);
    const content: BreachContent = {
      title: c.title ?? before.title,
      sector: c.sector ?? before.sector,
      description: c.description ?? before.description,
      dates: {
        occurredOn: c.occurredOn !== undefined ? c.occurredOn : before.dates.occurredOn,
        discoveredOn: c.discoveredOn !== undefined ? c.discoveredOn : before.dates.discoveredOn,
        processorNotifiedControllerOn:
          c.processorNotifiedControllerOn !== undefined
            ? c.processorNotifiedControllerOn
            : before.dates.processorNotifiedControllerOn,
        authorityNotifiedOn:
          c.authorityNotifiedOn !== undefined ? c.authorityNotifiedOn : before.dates.authorityNotifiedOn,
        victimsNotifiedOn:
          c.victimsNotifiedOn !== undefined ? c.victimsNotifiedOn : before.dates.victimsNotifiedOn,
        announcedOn: c.announcedOn !== undefined ? c.announcedOn : before.dates.announcedOn,
      },
      parties: partiesOf(before.organisationId, ownRole, others),
      dataCategories: c.dataCategories ?? before.dataCategories,
      recipientGroups: c.recipientGroups ?? before.recipientGroups,
      measures: c.measures ?? before.measures,
      helpline: c.helpline !== undefined ? c.helpline : before.helpline,
      privacyContact: c.privacyContact !== undefined ? c.privacyContact : (before.privacyContact ?? null),
      questions: c.questions ?? before.questions,
      sources: c.sources ?? before.sources,
    };
    const fieldErrors = [
      ...(c.otherParties ? await unknownParties(trx, c.otherParties) : []),
      ...dateOrderErrors(content.dates).map((e) => ({ ...e, path: `changes.${e.path}` })),
    ];
    if (fieldErrors.length > 0) throw new AppError('validation_failed', { fieldErrors });
    const updated = await updateBreachRow(trx, before.id, input.expectedVersion, {
      ...contentColumns(content),
      updated_at: nowIso(deps),
    });
    if (!updated) throw new AppError('conflict');
    await replaceBreachParts(trx, before.id, content, () => newId(deps));
    return auditBreachChange(deps, trx, { actor: options.actor, before, action: 'breach.updated' });
  });
}
