import type { Kysely } from 'kysely';
import type { BreachContent } from '../../../core/breaches/breach.ts';
import type { Database } from '../../schema.ts';

// A breach's child rows (parties, kinds of data, recipient groups, sources) are replaced as a
// whole on every save rather than compared; recipient groups and sources keep their position.

/** Makes the id of each new child row. */
export type Ids = () => string;

/** Replaces parties, kinds of data, recipient groups and sources with those in `content`. */
export async function replaceBreachParts(
  db: Kysely<Database>,
  breachId: string,
  content: Pick<BreachContent, 'parties' | 'dataCategories' | 'recipientGroups' | 'sources'>,
  ids: Ids,
): Promise<void> {
  await db.deleteFrom('breach_parties').where('breach_id', '=', breachId).execute();
  await db.deleteFrom('breach_data_categories').where('breach_id', '=', breachId).execute();
  await db.deleteFrom('breach_recipient_groups').where('breach_id', '=', breachId).execute();
  await db.deleteFrom('breach_sources').where('breach_id', '=', breachId).execute();
  if (content.parties.length > 0)
    await db
      .insertInto('breach_parties')
      .values(
        content.parties.map((p) => ({
          breach_id: breachId,
          organisation_id: p.organisationId,
          role: p.role,
        })),
      )
      .execute();
  if (content.dataCategories.length > 0)
    await db
      .insertInto('breach_data_categories')
      .values(content.dataCategories.map((category) => ({ breach_id: breachId, category_id: category })))
      .execute();
  if (content.recipientGroups.length > 0)
    await db
      .insertInto('breach_recipient_groups')
      .values(
        content.recipientGroups.map((g, position) => ({
          id: ids(),
          breach_id: breachId,
          position,
          name_nl: g.name.nl,
          name_en: g.name.en,
          certainty: g.certainty,
          people_count: g.count,
        })),
      )
      .execute();
  if (content.sources.length > 0)
    await db
      .insertInto('breach_sources')
      .values(
        content.sources.map((s, position) => ({
          id: ids(),
          breach_id: breachId,
          position,
          title: s.title,
          url: s.url,
          kind: s.kind,
        })),
      )
      .execute();
}
