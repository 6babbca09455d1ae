import { z } from 'zod';
import type { Actor } from '../core/access/actor.ts';
import { slugify } from '../core/breaches/breach.ts';
import { organisationKinds, sectors } from '../core/breaches/vocabulary.ts';
import { fieldTexts, zodMessage } from '../errors/field-messages.ts';
import { findOrganisationBySlug, insertOrganisation } from '../storage/repositories/organisations.ts';
import { webUrl } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { authorize } from './support/authorize.ts';
import { newId, nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { Organisation } from '../core/accounts/records.ts';
import { invalidField } from '../errors/field-messages.ts';

export const createOrganisationSchema = z.object({
  name: z.string().trim().min(2).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, zodMessage(fieldTexts.slug))
    .max(80)
    .optional(),
  kind: z.enum(organisationKinds),
  sector: z.enum(sectors),
  website: webUrl.nullable().default(null),
});

export type CreateOrganisationOptions = { actor: Actor } & z.input<typeof createOrganisationSchema>;

/** Adds an organisation (platform administrators, or the system at the command line). */
export async function createOrganisation(
  deps: Deps,
  options: CreateOrganisationOptions,
): Promise<Organisation> {
  const input = parseOptions(createOrganisationSchema, options);
  authorize(options.actor, 'organisation.create', { type: 'platform' });
  return deps.db.transaction().execute(async (trx) => {
    const slug = input.slug ?? slugify(input.name);
    if (await findOrganisationBySlug(trx, slug))
      throw invalidField(input.slug ? 'slug' : 'name', {
        nl: 'Er is al een organisatie met deze naam.',
        en: 'An organisation with this name already exists.',
      });
    const now = nowIso(deps);
    const organisation: Organisation = {
      id: newId(deps),
      slug,
      name: input.name,
      kind: input.kind,
      sector: input.sector,
      website: input.website,
      createdAt: now,
      updatedAt: now,
    };
    await insertOrganisation(trx, organisation);
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: organisation.id,
      entityType: 'organisation',
      entityId: organisation.id,
      action: 'organisation.created',
      after: organisation,
    });
    return organisation;
  });
}
