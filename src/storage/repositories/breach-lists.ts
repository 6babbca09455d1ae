import { sql, type Kysely, type SqlBool } from 'kysely';
import type { BreachSummary, PublicBreachFilters } from '../../core/breaches/breach-summary.ts';
import type { BreachStatus } from '../../core/breaches/vocabulary.ts';
import type { Database } from '../schema.ts';

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom('breaches as b').innerJoin('organisations as o', 'o.id', 'b.organisation_id');
}

const summaryColumns = [
  'b.id',
  'b.slug',
  'b.organisation_id',
  'o.name as organisation_name',
  'b.status',
  'b.title_nl',
  'b.title_en',
  'b.sector',
  'b.occurred_on',
  'b.discovered_on',
  'b.reference_day',
  'b.people_affected',
  'b.version',
  'b.updated_at',
  'b.first_published_at',
] as const;

async function withCategories(
  db: Kysely<Database>,
  rows: {
    id: string;
    slug: string;
    organisation_id: string;
    organisation_name: string;
    status: string;
    title_nl: string;
    title_en: string;
    sector: string;
    occurred_on: string | null;
    discovered_on: string | null;
    reference_day: string | null;
    people_affected: number | null;
    version: number;
    updated_at: string;
    first_published_at: string | null;
  }[],
): Promise<BreachSummary[]> {
  const ids = rows.map((r) => r.id);
  const categories = ids.length
    ? await db
        .selectFrom('breach_data_categories')
        .select(['breach_id', 'category_id'])
        .where('breach_id', 'in', ids)
        .orderBy('category_id')
        .execute()
    : [];
  const byBreach = new Map<string, string[]>();
  for (const c of categories)
    byBreach.set(c.breach_id, [...(byBreach.get(c.breach_id) ?? []), c.category_id]);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    status: r.status as BreachStatus,
    title: { nl: r.title_nl, en: r.title_en },
    sector: r.sector,
    occurredOn: r.occurred_on,
    discoveredOn: r.discovered_on,
    referenceDay: r.reference_day,
    peopleAffected: r.people_affected,
    dataCategories: byBreach.get(r.id) ?? [],
    version: r.version,
    updatedAt: r.updated_at,
    firstPublishedAt: r.first_published_at,
  }));
}

/** An organisation's own breaches (every status), most recently changed first. */
export async function listOrganisationBreaches(
  db: Kysely<Database>,
  organisationId: string,
  page: { status?: BreachStatus | undefined; limit: number; offset: number },
): Promise<{ items: BreachSummary[]; total: number }> {
  let query = baseQuery(db).where('b.organisation_id', '=', organisationId);
  if (page.status) query = query.where('b.status', '=', page.status);
  const [rows, count] = await Promise.all([
    query
      .select(summaryColumns)
      .orderBy('b.updated_at', 'desc')
      .orderBy('b.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withCategories(db, rows), total: Number(count.n) };
}

/** Escapes LIKE wildcards so that a search for `50%` finds the text `50%`. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Published and closed breaches matching the filters. */
export async function searchPublicBreaches(
  db: Kysely<Database>,
  filters: PublicBreachFilters,
): Promise<{ items: BreachSummary[]; total: number }> {
  let query = baseQuery(db).where('b.status', 'in', ['published', 'closed']);
  if (filters.query) {
    const pattern = likePattern(filters.query);
    query = query.where((eb) =>
      eb.or(
        (['b.title_nl', 'b.title_en', 'b.description_nl', 'b.description_en', 'o.name'] as const).map(
          (column) =>
            // An explicit ESCAPE: SQLite has no default escape character, PostgreSQL uses backslash.
            sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  if (filters.sector) query = query.where('b.sector', '=', filters.sector);
  if (filters.from) query = query.where('b.reference_day', '>=', filters.from);
  if (filters.to) query = query.where('b.reference_day', '<=', filters.to);
  if (filters.minPeople !== undefined) query = query.where('b.people_affected', '>=', filters.minPeople);
  if (filters.maxPeople !== undefined) query = query.where('b.people_affected', '<=', filters.maxPeople);
  for (const category of filters.categories ?? [])
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('breach_data_categories as c')
          .select('c.category_id')
          .whereRef('c.breach_id', '=', 'b.id')
          .where('c.category_id', '=', category),
      ),
    );
  let listed = query.select(summaryColumns);
  switch (filters.sort) {
    case 'newest':
      listed = listed.orderBy('b.reference_day', (ob) => ob.desc().nullsLast());
      break;
    case 'oldest':
      listed = listed.orderBy('b.reference_day', (ob) => ob.asc().nullsLast());
      break;
    case 'largest':
      listed = listed.orderBy('b.people_affected', (ob) => ob.desc().nullsLast());
      break;
    case 'updated':
      listed = listed.orderBy('b.updated_at', 'desc');
      break;
  }
  const [rows, count] = await Promise.all([
    listed.orderBy('b.id').limit(filters.limit).offset(filters.offset).execute(),
    query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withCategories(db, rows), total: Number(count.n) };
}
