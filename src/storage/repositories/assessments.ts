import type { Kysely } from 'kysely';
import type { AssessmentInput } from '../../core/assessment/input-schema.ts';
import type { Assessment } from '../../core/assessment/output-schema.ts';
import type { AuthorityNotification } from '../../core/authority-notification/build-authority-notification.ts';
import type {
  StoredAssessment,
  StoredAuthorityNotification,
} from '../../core/breaches/assessment-records.ts';
import type { Database } from '../schema.ts';

export async function insertAssessment(db: Kysely<Database>, row: StoredAssessment): Promise<void> {
  await db
    .insertInto('breach_assessments')
    .values({
      id: row.id,
      breach_id: row.breachId,
      organisation_id: row.organisationId,
      facts_json: JSON.stringify(row.facts),
      assessment_json: JSON.stringify(row.assessment),
      risk_level: row.assessment.risk.level,
      notify_authority: row.assessment.notifyAuthority.required ? 1 : 0,
      inform_people: row.assessment.informPeople.required ? 1 : 0,
      assessed_at: row.assessedAt,
      assessed_by: row.assessedBy,
    })
    .execute();
}

function toAssessment(row: Database['breach_assessments']): StoredAssessment {
  return {
    id: row.id,
    breachId: row.breach_id,
    organisationId: row.organisation_id,
    facts: JSON.parse(row.facts_json) as AssessmentInput,
    assessment: JSON.parse(row.assessment_json) as Assessment,
    assessedAt: row.assessed_at,
    assessedBy: row.assessed_by,
  };
}

/** The newest assessment of a breach, or undefined when none was made. */
export async function findLatestAssessment(
  db: Kysely<Database>,
  breachId: string,
): Promise<StoredAssessment | undefined> {
  const row = await db
    .selectFrom('breach_assessments')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('assessed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toAssessment(row);
}

/** The newest assessment of each of an organisation's breaches, by breach id. */
export async function latestAssessmentsOf(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Map<string, StoredAssessment>> {
  const rows = await db
    .selectFrom('breach_assessments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('assessed_at')
    .orderBy('id')
    .execute();
  const latest = new Map<string, StoredAssessment>();
  for (const row of rows) latest.set(row.breach_id, toAssessment(row));
  return latest;
}

export async function insertAuthorityNotification(
  db: Kysely<Database>,
  row: StoredAuthorityNotification,
): Promise<void> {
  await db
    .insertInto('breach_authority_notifications')
    .values({
      id: row.id,
      breach_id: row.breachId,
      assessment_id: row.assessmentId,
      phase_kind: row.notification.phase.kind,
      phase_number: row.phaseNumber,
      prepared_at: row.preparedAt,
      lang: row.lang,
      complete: row.complete ? 1 : 0,
      notification_json: JSON.stringify(row.notification),
      recorded_by: row.recordedBy,
    })
    .execute();
}

/** Every recorded phase of a breach's notification to the authority, first one first. */
export async function listAuthorityNotifications(
  db: Kysely<Database>,
  breachId: string,
): Promise<StoredAuthorityNotification[]> {
  const rows = await db
    .selectFrom('breach_authority_notifications')
    .selectAll()
    .where('breach_id', '=', breachId)
    .orderBy('phase_number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    breachId: row.breach_id,
    assessmentId: row.assessment_id,
    phaseNumber: row.phase_number,
    preparedAt: row.prepared_at,
    lang: row.lang === 'en' ? 'en' : 'nl',
    complete: row.complete === 1,
    notification: JSON.parse(row.notification_json) as AuthorityNotification,
    recordedBy: row.recorded_by,
  }));
}
