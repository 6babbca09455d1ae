import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import type { BreachRecord, BreachUpdate, CountRevision } from '../core/breaches/breach.ts';
import { speedMetrics, type SpeedMetrics } from '../core/breaches/speed.ts';
import { AppError } from '../errors/catalogue.ts';
import { zodMessage } from '../errors/field-messages.ts';
import {
  findBreachIdBySlug,
  listBreachUpdates,
  listCountRevisions,
} from '../storage/repositories/breaches.ts';
import { organisationNames } from '../storage/repositories/organisations.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { breachFor } from './support/breach-access.ts';
import { parseOptions } from './support/validate.ts';

export const getBreachSchema = z
  .object({ breachId: entityId.optional(), slug: z.string().trim().min(1).max(100).optional() })
  .refine((o) => (o.breachId === undefined) !== (o.slug === undefined), {
    message: zodMessage({
      nl: 'Geef het id of het adres van het datalek, niet allebei.',
      en: 'Give either breachId or slug.',
    }),
    path: ['breachId'],
  });

export type GetBreachOptions = { actor: Actor } & z.input<typeof getBreachSchema>;

/** A breach with everything a page about it shows. */
export interface BreachDetail extends BreachRecord {
  organisationName: string;
  partyNames: Record<string, string>;
  countRevisions: CountRevision[];
  updates: BreachUpdate[];
  speed: SpeedMetrics;
}

/**
 * One breach by id or slug. Visitors (and other organisations) see it only when published or
 * closed; otherwise it is `not_found`, so that drafts do not reveal that they exist.
 */
export async function getBreach(deps: Deps, options: GetBreachOptions): Promise<BreachDetail> {
  const input = parseOptions(getBreachSchema, options);
  const id = input.breachId ?? (await findBreachIdBySlug(deps.db, input.slug ?? ''));
  if (id === undefined) throw new AppError('not_found');
  return breachDetail(deps, await breachFor(deps.db, options.actor, id, 'breach.read'));
}

/** A breach the caller may read, with its revisions, updates, names and speed. */
export async function breachDetail(deps: Deps, breach: BreachRecord): Promise<BreachDetail> {
  const id = breach.id;
  const [countRevisions, updates, names] = await Promise.all([
    listCountRevisions(deps.db, id),
    listBreachUpdates(deps.db, id),
    organisationNames(deps.db, [
      ...new Set([breach.organisationId, ...breach.parties.map((p) => p.organisationId)]),
    ]),
  ]);
  return {
    ...breach,
    organisationName: names.get(breach.organisationId) ?? '',
    partyNames: Object.fromEntries(names),
    countRevisions,
    updates,
    speed: speedMetrics(breach.dates),
  };
}
