import type { Kysely } from 'kysely';
import type { HibpSource } from '../../importers/hibp/export-record.ts';
import type { Database } from '../schema.ts';

/** A stored source with its breach. */
export interface StoredHibpSource extends HibpSource {
  breachId: string;
  organisationId: string;
  name: string;
  importedAt: string;
}

type Row = Database['breach_hibp_sources'];

function fromRow(row: Row): StoredHibpSource {
  return {
    breachId: row.breach_id,
    organisationId: row.organisation_id,
    name: row.name,
    record: JSON.parse(row.record_json) as HibpSource['record'],
    descriptionLanguage: row.description_language === 'nl' ? 'nl' : 'en',
    imported: JSON.parse(row.imported_json) as HibpSource['imported'],
    importedAt: row.imported_at,
  };
}

/** The HIBP record a breach was imported from, if any. */
export async function findHibpSource(
  db: Kysely<Database>,
  breachId: string,
): Promise<StoredHibpSource | undefined> {
  const row = await db
    .selectFrom('breach_hibp_sources')
    .selectAll()
    .where('breach_id', '=', breachId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The source an organisation imported under this exact HIBP Name, if any. */
export async function findHibpSourceByName(
  db: Kysely<Database>,
  organisationId: string,
  name: string,
): Promise<StoredHibpSource | undefined> {
  const row = await db
    .selectFrom('breach_hibp_sources')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Stores (or replaces) the source of a breach. */
export async function saveHibpSource(db: Kysely<Database>, source: StoredHibpSource): Promise<void> {
  const row: Row = {
    breach_id: source.breachId,
    organisation_id: source.organisationId,
    name: source.name,
    record_json: JSON.stringify(source.record),
    description_language: source.descriptionLanguage,
    imported_json: JSON.stringify(source.imported),
    imported_at: source.importedAt,
  };
  await db.deleteFrom('breach_hibp_sources').where('breach_id', '=', source.breachId).execute();
  await db.insertInto('breach_hibp_sources').values(row).execute();
}
