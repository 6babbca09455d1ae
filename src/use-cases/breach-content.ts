import type { Kysely } from 'kysely';
import type { BreachContent, BreachParty } from '../core/breaches/breach.ts';
import type { PartyRole } from '../core/breaches/vocabulary.ts';
import type { FieldError } from '../errors/catalogue.ts';
import { organisationNames } from '../storage/repositories/organisations.ts';
import type { Database } from '../storage/schema.ts';

/** The parties of a breach: the managing organisation in its role, then the others, no duplicates. */
export function partiesOf(
  organisationId: string,
  ownRole: PartyRole,
  others: { organisationId: string; role: PartyRole }[],
): BreachParty[] {
  const all = [{ organisationId, role: ownRole }, ...others];
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = `${p.organisationId}/${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Field errors for other parties that name no existing organisation. */
export async function unknownParties(
  db: Kysely<Database>,
  others: { organisationId: string }[],
): Promise<FieldError[]> {
  const names = await organisationNames(
    db,
    others.map((p) => p.organisationId),
  );
  return others.flatMap((p, index) =>
    names.has(p.organisationId)
      ? []
      : [
          {
            path: `otherParties.${index}.organisationId`,
            message: { nl: 'Deze organisatie bestaat niet.', en: 'No such organisation.' },
          },
        ],
  );
}

/** Full-date order checks: a report cannot come before the discovery it reports. */
export function dateOrderErrors(dates: BreachContent['dates']): FieldError[] {
  const errors: FieldError[] = [];
  const discovered = dates.discoveredOn;
  if (discovered === null || discovered.length !== 10) return errors;
  for (const key of ['processorNotifiedControllerOn', 'authorityNotifiedOn', 'victimsNotifiedOn'] as const) {
    const value = dates[key];
    if (value !== null && value.length === 10 && value < discovered)
      errors.push({
        path: key,
        message: {
          nl: 'Deze datum ligt voor de dag waarop het lek is ontdekt.',
          en: 'This date is before the date of discovery.',
        },
      });
  }
  return errors;
}
