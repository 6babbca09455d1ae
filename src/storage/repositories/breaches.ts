import type { Kysely, Updateable } from 'kysely';
import type { BreachContent, BreachRecord, BreachUpdate, CountRevision } from '../../core/breaches/breach.ts';
import { earliestDay } from '../../core/breaches/partial-date.ts';
import type { BreachStatus, Certainty, PartyRole, SourceKind } from '../../core/breaches/vocabulary.ts';
import type { Database } from '../schema.ts';
import type { BreachesTable } from '../tables/breaches.ts';

type Ids = () => string;

/** The columns of `breaches` that hold content (not status, version or timestamps). */
export function contentColumns(
  content: BreachContent,
): Omit<
  BreachesTable,
  | 'id'
  | 'organisation_id'
  | 'slug'
  | 'status'
  | 'people_affected'
  | 'version'
  | 'created_at'
  | 'updated_at'
  | 'first_published_at'
> {
  const d = content.dates;
  const reference = d.discoveredOn ?? d.occurredOn ?? d.announcedOn;
  return {
    title_nl: content.title.nl,
    title_en: content.title.en,
    sector: content.sector,
    description_nl: content.description.nl,
    description_en: content.description.en,
    occurred_on: d.occurredOn,
    discovered_on: d.discoveredOn,
    processor_notified_controller_on: d.processorNotifiedControllerOn,
    authority_notified_on: d.authorityNotifiedOn,
    victims_notified_on: d.victimsNotifiedOn,
    announced_on: d.announcedOn,
    reference_day: reference === null ? null : earliestDay(reference),
    measures_json: JSON.stringify(content.measures),
    questions_json: JSON.stringify(content.questions),
    helpline_phone: content.helpline?.phone ?? null,
    helpline_hours_nl: content.helpline?.hours?.nl ?? null,
    helpline_hours_en: content.helpline?.hours?.en ?? null,
    helpline_url: content.helpline?.url ?? null,
    privacy_email: content.privacyContact?.email ?? null,
    privacy_postal_address: content.privacyContact?.postalAddress ?? null,
  };
}

/** Inserts a new breach with all its parts. */
export async function insertBreach(db: Kysely<Database>, breach: BreachRecord, ids: Ids): Promise<void> {
  await db
    .insertInto('breaches')
    .values({
      id: breach.id,
      organisation_id: breach.organisationId,
      slug: breach.slug,
      status: breach.status,
      people_affected: breach.peopleAffected,
      version: breach.version,
      created_at: breach.createdAt,
      updated_at: breach.updatedAt,
      first_published_at: breach.firstPublishedAt,
      ...contentColumns(breach),
    })
    .execute();
  await replaceBreachParts(db, breach.id, breach, ids);
}

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

/**
 * Updates the breach row only when its version is still `expectedVersion`, and raises the
 * version by one. Returns false when someone else changed it first (or it does not exist).
 */
export async function updateBreachRow(
  db: Kysely<Database>,
  breachId: string,
  expectedVersion: number,
  values: Updateable<BreachesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('breaches')
    .set({ ...values, version: expectedVersion + 1 })
    .where('id', '=', breachId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

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

export async function findBreachIdBySlug(db: Kysely<Database>, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('breaches').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function slugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  return (await findBreachIdBySlug(db, slug)) !== undefined;
}

export async function insertCountRevision(
  db: Kysely<Database>,
  breachId: string,
  revision: CountRevision,
): Promise<void> {
  await db
    .insertInto('breach_count_revisions')
    .values({
      id: revision.id,
      breach_id: breachId,
      people_affected: revision.peopleAffected,
      effective_on: revision.effectiveOn,
      reason_nl: revision.reason.nl,
      reason_en: revision.reason.en,
      recorded_at: revision.recordedAt,
    })
    .execute();
}

/** Count history, oldest first. */
export async function listCountRevisions(db: Kysely<Database>, breachId: string): Promise<CountRevision[]> {
  const rows = await db
    .selectFrom('breach_count_revisions')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('effective_on')
    .orderBy('recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    peopleAffected: r.people_affected,
    effectiveOn: r.effective_on,
    reason: { nl: r.reason_nl, en: r.reason_en },
    recordedAt: r.recorded_at,
  }));
}

export async function insertBreachUpdate(
  db: Kysely<Database>,
  breachId: string,
  update: BreachUpdate,
): Promise<void> {
  await db
    .insertInto('breach_updates')
    .values({
      id: update.id,
      breach_id: breachId,
      published_on: update.publishedOn,
      text_nl: update.text.nl,
      text_en: update.text.en,
      created_at: update.createdAt,
    })
    .execute();
}

/** Public updates, oldest first. */
export async function listBreachUpdates(db: Kysely<Database>, breachId: string): Promise<BreachUpdate[]> {
  const rows = await db
    .selectFrom('breach_updates')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('published_on')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    publishedOn: r.published_on,
    text: { nl: r.text_nl, en: r.text_en },
    createdAt: r.created_at,
  }));
}
