import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { slugify, type BreachRecord } from '../core/breaches/breach.ts';
import { AppError } from '../errors/catalogue.ts';
import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { insertBreach, insertCountRevision, slugTaken } from '../storage/repositories/breaches.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import {
  breachContentFields,
  defaultCategoryIds,
  entityId,
  localized,
  partialDate,
} from './breach-fields.ts';
import { dateOrderErrors, partiesOf, unknownParties } from './breach-content.ts';
import type { BreachDeps } from './deps.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { newId, nowIso } from './support/ids.ts';
import { inTransaction } from './support/transaction.ts';
import { parseOptions } from './support/validate.ts';

/** The options of `registerBreach`; everything beyond title, sector and description is optional. */
export function registerBreachSchema(categoryIds: ReadonlySet<string> = defaultCategoryIds) {
  const f = breachContentFields(categoryIds);
  return z.object({
    organisationId: entityId,
    slug: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, zodMessage(fieldTexts.slug))
      .max(80)
      .optional(),
    title: f.title,
    sector: f.sector,
    description: f.description,
    ownRole: f.ownRole.default('controller'),
    otherParties: f.otherParties.default([]),
    occurredOn: f.occurredOn.default(null),
    discoveredOn: f.discoveredOn.default(null),
    processorNotifiedControllerOn: f.processorNotifiedControllerOn.default(null),
    authorityNotifiedOn: f.authorityNotifiedOn.default(null),
    victimsNotifiedOn: f.victimsNotifiedOn.default(null),
    announcedOn: f.announcedOn.default(null),
    dataCategories: f.dataCategories.default([]),
    recipientGroups: f.recipientGroups.default([]),
    measures: f.measures.default([]),
    helpline: f.helpline.default(null),
    questions: f.questions.default([]),
    sources: f.sources.default([]),
    peopleAffected: z
      .object({ count: z.number().int().min(0), effectiveOn: partialDate, reason: localized(500) })
      .optional(),
  });
}

export type RegisterBreachOptions = { actor: Actor } & z.input<ReturnType<typeof registerBreachSchema>>;

/**
 * Records a new breach as a draft for `organisationId` (owner or editor). The managing
 * organisation is a party in `ownRole`; a first count may be given. Returns the stored record.
 */
export async function registerBreach(
  deps: BreachDeps,
  options: RegisterBreachOptions,
): Promise<BreachRecord> {
  const input = parseOptions(registerBreachSchema(deps.categoryIds), options);
  authorize(options.actor, 'breach.create', { type: 'organisation', organisationId: input.organisationId });
  return inTransaction(deps.db, async (trx) => {
    if (!(await findOrganisation(trx, input.organisationId))) throw new AppError('not_found');
    const dates = {
      occurredOn: input.occurredOn,
      discoveredOn: input.discoveredOn,
      processorNotifiedControllerOn: input.processorNotifiedControllerOn,
      authorityNotifiedOn: input.authorityNotifiedOn,
      victimsNotifiedOn: input.victimsNotifiedOn,
      announcedOn: input.announcedOn,
    };
    const fieldErrors = [...(await unknownParties(trx, input.otherParties)), ...dateOrderErrors(dates)];
    if (input.slug && (await slugTaken(trx, input.slug)))
      fieldErrors.push({
        path: 'slug',
        message: {
          nl: 'Dit adres is al in gebruik. Kies een ander adres.',
          en: 'This address is already in use. Choose another one.',
        },
      });
    if (fieldErrors.length > 0) throw new AppError('validation_failed', { fieldErrors });
    const slug = input.slug ?? (await freeSlug(trx, slugify(input.title.nl)));
    const now = nowIso(deps);
    const breach: BreachRecord = {
      id: newId(deps),
      organisationId: input.organisationId,
      slug,
      status: 'draft',
      title: input.title,
      sector: input.sector,
      description: input.description,
      dates,
      parties: partiesOf(input.organisationId, input.ownRole, input.otherParties),
      dataCategories: input.dataCategories,
      recipientGroups: input.recipientGroups,
      measures: input.measures,
      helpline: input.helpline,
      questions: input.questions,
      sources: input.sources,
      peopleAffected: input.peopleAffected?.count ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      firstPublishedAt: null,
    };
    await insertBreach(trx, breach, () => newId(deps));
    if (input.peopleAffected)
      await insertCountRevision(trx, breach.id, {
        id: newId(deps),
        peopleAffected: input.peopleAffected.count,
        effectiveOn: input.peopleAffected.effectiveOn,
        reason: input.peopleAffected.reason,
        recordedAt: now,
      });
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'breach.registered',
      after: breach,
    });
    return breach;
  });
}

async function freeSlug(trx: Parameters<typeof slugTaken>[0], base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(trx, candidate))) return candidate;
  }
}
