import type { Kysely } from 'kysely';
import type { Certainty } from '../../core/breaches/vocabulary.ts';
import type { VariantTexts } from '../../core/letters/index.ts';
import type { Lang } from '../../core/i18n/lang.ts';
import type { LetterSender, StoredLetterVariant } from '../../core/letters/records.ts';
import type { Database } from '../schema.ts';
import type { LetterWebJobsTable } from '../tables/letter-variants.ts';

export async function findLetterSender(
  db: Kysely<Database>,
  breachId: string,
): Promise<LetterSender | undefined> {
  const row = await db
    .selectFrom('letter_senders')
    .select('sender_json')
    .where('breach_id', '=', breachId)
    .executeTakeFirst();
  return row && (JSON.parse(row.sender_json) as LetterSender);
}

export async function upsertLetterSender(
  db: Kysely<Database>,
  row: {
    breachId: string;
    organisationId: string;
    sender: LetterSender;
    updatedAt: string;
    updatedBy: string | null;
  },
): Promise<void> {
  const values = {
    breach_id: row.breachId,
    organisation_id: row.organisationId,
    sender_json: JSON.stringify(row.sender),
    updated_at: row.updatedAt,
    updated_by: row.updatedBy,
  };
  await db
    .insertInto('letter_senders')
    .values(values)
    .onConflict((oc) =>
      oc.column('breach_id').doUpdateSet({
        sender_json: values.sender_json,
        updated_at: values.updated_at,
        updated_by: values.updated_by,
      }),
    )
    .execute();
}

type VariantRow = Database['letter_variants'];

function toVariant(row: VariantRow): StoredLetterVariant {
  return {
    id: row.id,
    breachId: row.breach_id,
    organisationId: row.organisation_id,
    group: row.recipient_group,
    certainty: row.certainty as Certainty,
    categories: JSON.parse(row.categories_json) as string[],
    texts: JSON.parse(row.texts_json) as Partial<Record<Lang, VariantTexts>>,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** A breach's variants, ordered by group name. */
export async function listLetterVariantRows(
  db: Kysely<Database>,
  breachId: string,
): Promise<StoredLetterVariant[]> {
  const rows = await db
    .selectFrom('letter_variants')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('recipient_group')
    .execute();
  return rows.map(toVariant);
}

export async function findLetterVariant(
  db: Kysely<Database>,
  breachId: string,
  variantId: string,
): Promise<StoredLetterVariant | undefined> {
  const row = await db
    .selectFrom('letter_variants')
    .selectAll()
    .where('breach_id', '=', breachId)
    .where('id', '=', variantId)
    .executeTakeFirst();
  return row && toVariant(row);
}

export async function insertLetterVariant(db: Kysely<Database>, variant: StoredLetterVariant, now: string) {
  await db
    .insertInto('letter_variants')
    .values({
      id: variant.id,
      breach_id: variant.breachId,
      organisation_id: variant.organisationId,
      recipient_group: variant.group,
      certainty: variant.certainty,
      categories_json: JSON.stringify(variant.categories),
      texts_json: JSON.stringify(variant.texts),
      created_at: now,
      updated_at: now,
      updated_by: variant.updatedBy,
    })
    .execute();
}

export async function updateLetterVariant(db: Kysely<Database>, variant: StoredLetterVariant) {
  await db
    .updateTable('letter_variants')
    .set({
      recipient_group: variant.group,
      certainty: variant.certainty,
      categories_json: JSON.stringify(variant.categories),
      texts_json: JSON.stringify(variant.texts),
      updated_at: variant.updatedAt,
      updated_by: variant.updatedBy,
    })
    .where('id', '=', variant.id)
    .where('breach_id', '=', variant.breachId)
    .execute();
}

export async function deleteLetterVariant(db: Kysely<Database>, breachId: string, variantId: string) {
  await db
    .deleteFrom('letter_variants')
    .where('breach_id', '=', breachId)
    .where('id', '=', variantId)
    .execute();
}

export type LetterWebJob = LetterWebJobsTable;

export async function insertLetterWebJob(db: Kysely<Database>, job: LetterWebJob): Promise<void> {
  await db.insertInto('letter_web_jobs').values(job).execute();
}

export async function findLetterWebJob(
  db: Kysely<Database>,
  jobId: string,
): Promise<LetterWebJob | undefined> {
  return db.selectFrom('letter_web_jobs').selectAll().where('job_id', '=', jobId).executeTakeFirst();
}

/** The round made from an upload folder, if one was started from it. */
export async function findLetterWebJobByFolder(
  db: Kysely<Database>,
  folder: string,
): Promise<LetterWebJob | undefined> {
  return db.selectFrom('letter_web_jobs').selectAll().where('folder', '=', folder).executeTakeFirst();
}

export async function listLetterWebJobs(db: Kysely<Database>, breachId: string): Promise<LetterWebJob[]> {
  return db
    .selectFrom('letter_web_jobs')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Jobs whose outputs are still on disk although their time is up. */
export async function listExpiredLetterWebJobs(db: Kysely<Database>, now: string): Promise<LetterWebJob[]> {
  return db
    .selectFrom('letter_web_jobs')
    .selectAll()
    .where('outputs_deleted_at', 'is', null)
    .where('expires_at', '<=', now)
    .execute();
}

export async function markLetterWebJob(
  db: Kysely<Database>,
  jobId: string,
  set: Partial<Pick<LetterWebJob, 'input_deleted_at' | 'outputs_deleted_at'>>,
): Promise<void> {
  await db.updateTable('letter_web_jobs').set(set).where('job_id', '=', jobId).execute();
}
