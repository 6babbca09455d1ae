import type { Kysely } from 'kysely';
import type { BreachRecord } from '../../../core/breaches/breach.ts';
import type { BreachStatus, Certainty, PartyRole, SourceKind } from '../../../core/breaches/vocabulary.ts';
import type { Database } from '../../schema.ts';

// Reads one breach row and its child rows back into the core's record.

function parseJsonArray<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Loads a breach with its parts, or undefined. */
export async function loadBreach(db: Kysely<Database>, breachId: string): Promise<BreachRecord | undefined> {
  const row = await db.selectFrom('breaches').selectAll().where('id', '=', breachId).executeTakeFirst();
  if (!row) return undefined;
  const [parties, categories, groups, sources] = await Promise.all([
    db
      .selectFrom('breach_parties')
      .selectAll()
      .where('breach_id', '=', breachId)
      .orderBy('role')
      .orderBy('organisation_id')
      .execute(),
    db
      .selectFrom('breach_data_categories')
      .select('category_id')
      .where('breach_id', '=', breachId)
      .orderBy('category_id')
      .execute(),
    db
      .selectFrom('breach_recipient_groups')
      .selectAll()
      .where('breach_id', '=', breachId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('breach_sources')
      .selectAll()
      .where('breach_id', '=', breachId)
      .orderBy('position')
      .execute(),
  ]);
  const hasHelpline =
    row.helpline_phone !== null ||
    row.helpline_url !== null ||
    row.helpline_hours_nl !== null ||
    row.helpline_hours_en !== null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    slug: row.slug,
    status: row.status as BreachStatus,
    title: { nl: row.title_nl, en: row.title_en },
    sector: row.sector,
    description: { nl: row.description_nl, en: row.description_en },
    dates: {
      occurredOn: row.occurred_on,
      discoveredOn: row.discovered_on,
      processorNotifiedControllerOn: row.processor_notified_controller_on,
      authorityNotifiedOn: row.authority_notified_on,
      victimsNotifiedOn: row.victims_notified_on,
      announcedOn: row.announced_on,
    },
    parties: parties.map((p) => ({ organisationId: p.organisation_id, role: p.role as PartyRole })),
    dataCategories: categories.map((c) => c.category_id),
    recipientGroups: groups.map((g) => ({
      name: { nl: g.name_nl, en: g.name_en },
      certainty: g.certainty as Certainty,
      count: g.people_count,
    })),
    measures: parseJsonArray(row.measures_json),
    helpline: hasHelpline
      ? {
          phone: row.helpline_phone,
          hours:
            row.helpline_hours_nl !== null && row.helpline_hours_en !== null
              ? { nl: row.helpline_hours_nl, en: row.helpline_hours_en }
              : null,
          url: row.helpline_url,
        }
      : null,
    privacyContact:
      row.privacy_email !== null || row.privacy_postal_address !== null
        ? { email: row.privacy_email, postalAddress: row.privacy_postal_address }
        : null,
    questions: parseJsonArray(row.questions_json),
    sources: sources.map((s) => ({ title: s.title, url: s.url, kind: s.kind as SourceKind })),
    peopleAffected: row.people_affected,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstPublishedAt: row.first_published_at,
  };
}
