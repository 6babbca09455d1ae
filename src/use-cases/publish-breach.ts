import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import { AppError, type FieldError } from '../errors/catalogue.ts';
import { updateBreachRow } from '../storage/repositories/breaches.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { auditBreachChange, statusOf } from './support/breach-audit.ts';
import { assertVersion, breachFor } from './support/breach-access.ts';
import { nowIso } from './support/ids.ts';
import { assertSensitiveConfirmed } from './support/sensitive-publication.ts';
import { parseOptions } from './support/validate.ts';

export const publishBreachSchema = z.object({
  breachId: entityId,
  expectedVersion: z.number().int().min(1),
  /** Publish as closed: the handling is finished, the record stays public. */
  close: z.boolean().default(false),
  /** The breach comes from an HIBP record marked sensitive, and the publisher knows why HIBP hides such breaches. */
  confirmSensitive: z.boolean().default(false),
});

export type PublishBreachOptions = { actor: Actor } & z.input<typeof publishBreachSchema>;

/** What a public record must hold: when it happened, and where to learn more. */
export function publicationGaps(breach: BreachRecord): FieldError[] {
  const gaps: FieldError[] = [];
  const { occurredOn, discoveredOn, announcedOn } = breach.dates;
  if (occurredOn === null && discoveredOn === null && announcedOn === null)
    gaps.push({
      path: 'discoveredOn',
      message: {
        nl: 'Vul in wanneer het lek gebeurde, ontdekt werd of openbaar werd.',
        en: 'Give when the breach happened, was discovered or was announced.',
      },
    });
  if (breach.sources.length === 0 && breach.helpline === null)
    gaps.push({
      path: 'sources',
      message: {
        nl: 'Geef minstens een bron of een hulplijn.',
        en: 'Give at least one source or a helpline.',
      },
    });
  return gaps;
}

/** Makes a breach public (owners only), or marks a public one as closed. */
export async function publishBreach(deps: Deps, options: PublishBreachOptions): Promise<BreachRecord> {
  const input = parseOptions(publishBreachSchema, options);
  return deps.db.transaction().execute(async (trx) => {
    const before = await breachFor(trx, options.actor, input.breachId, 'breach.publish');
    assertVersion(before, input.expectedVersion);
    const gaps = publicationGaps(before);
    if (gaps.length > 0) throw new AppError('validation_failed', { fieldErrors: gaps });
    if (before.status === 'draft') await assertSensitiveConfirmed(trx, before.id, input.confirmSensitive);
    const now = nowIso(deps);
    const status = input.close ? 'closed' : 'published';
    if (
      !(await updateBreachRow(trx, before.id, input.expectedVersion, {
        status,
        updated_at: now,
        first_published_at: before.firstPublishedAt ?? now,
      }))
    )
      throw new AppError('conflict');
    return auditBreachChange(deps, trx, {
      actor: options.actor,
      before,
      action: input.close ? 'breach.closed' : 'breach.published',
      record: statusOf,
    });
  });
}
