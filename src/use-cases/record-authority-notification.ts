import type { Kysely } from 'kysely';
import { z } from 'zod';
import { actorUserId, type Actor } from '../core/access/actor.ts';
import {
  authorityNotificationInputFromBreach,
  buildAuthorityNotification,
  type AuthorityNotification,
} from '../core/authority-notification/index.ts';
import { apFormSchema } from '../core/authority-notification/ap-form-schema.ts';
import { contactSchema } from '../core/authority-notification/input-schema.ts';
import type { BreachRecord } from '../core/breaches/breach.ts';
import { languages } from '../core/i18n/lang.ts';
import { AppError } from '../errors/catalogue.ts';
import {
  findLatestAssessment,
  insertAuthorityNotification,
  listAuthorityNotifications,
} from '../storage/repositories/assessments.ts';
import { insertBreachUpdate, updateBreachRow } from '../storage/repositories/breaches.ts';
import { findOrganisation } from '../storage/repositories/organisations.ts';
import type { Database } from '../storage/schema.ts';
import { entityId } from './breach-fields.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { breachFor } from './support/breach-access.ts';
import { newId, nowIso } from './support/ids.ts';
import { parseOptions } from './support/validate.ts';
import type { StoredAssessment, StoredAuthorityNotification } from '../core/breaches/assessment-records.ts';
import { invalidField } from '../errors/field-messages.ts';

const lines = z.array(z.string().trim().min(1).max(2000)).max(50);

export const authorityNotificationDetailsSchema = z.object({
  breachId: entityId,
  lang: z.enum(languages).default('nl'),
  contact: contactSchema,
  authorityReference: z.string().trim().max(100).optional(),
  likelyConsequences: lines.default([]),
  /** Left out: the breach's own measures count as taken. */
  measures: z.object({ taken: lines, proposed: lines, mitigation: lines }).optional(),
  delayReasons: z.string().trim().max(5000).optional(),
  /** The AP form's further questions (reporter, processor, informing people, cross-border …). */
  form: apFormSchema.optional(),
  /** Set to withdraw the notification already made, with the reason (the AP form allows it). */
  withdrawReason: z.string().trim().min(1).max(5000).optional(),
  /** Also put a short dated line in the breach's public timeline (only when the breach chooses). */
  addPublicUpdate: z.boolean().default(false),
});

export type AuthorityNotificationDetails = { actor: Actor } & z.input<
  typeof authorityNotificationDetailsSchema
>;

/** A prepared (not yet recorded) phase: what it will say and what is still missing. */
export interface PreparedNotification {
  breach: BreachRecord;
  assessment: StoredAssessment;
  phaseNumber: number;
  notification: AuthorityNotification;
}

async function prepare(
  deps: Deps,
  db: Kysely<Database>,
  options: AuthorityNotificationDetails,
): Promise<PreparedNotification & { input: z.output<typeof authorityNotificationDetailsSchema> }> {
  const input = parseOptions(authorityNotificationDetailsSchema, options);
  const breach = await breachFor(db, options.actor, input.breachId, 'breach.update');
  const assessment = await findLatestAssessment(db, breach.id);
  if (!assessment)
    throw invalidField('assessment', {
      nl: 'Beoordeel het datalek eerst. De melding gebruikt de beoordeling.',
      en: 'Assess the breach first. The notification uses the assessment.',
    });
  const organisation = await findOrganisation(db, breach.organisationId);
  const phaseNumber = (await listAuthorityNotifications(db, breach.id)).length;
  if (input.withdrawReason && phaseNumber === 0)
    throw invalidField('withdrawReason', {
      nl: 'Er is nog geen melding om in te trekken.',
      en: 'There is no notification yet to withdraw.',
    });
  const notification = buildAuthorityNotification(
    authorityNotificationInputFromBreach(breach, assessment.facts, assessment.assessment, {
      lang: input.lang,
      phase: input.withdrawReason
        ? { kind: 'withdrawal', reason: input.withdrawReason }
        : phaseNumber === 0
          ? { kind: 'first' }
          : { kind: 'follow_up', number: phaseNumber },
      preparedAt: nowIso(deps),
      organisationName: organisation?.name ?? '',
      contact: input.contact,
      ...(input.authorityReference ? { authorityReference: input.authorityReference } : {}),
      likelyConsequences: input.likelyConsequences,
      ...(input.measures ? { measures: input.measures } : {}),
      ...(input.delayReasons ? { delayReasons: input.delayReasons } : {}),
      ...(input.form ? { form: input.form } : {}),
    }),
  );
  return { breach, assessment, phaseNumber, notification, input };
}

/**
 * Prepares the next phase of the notification to the authority from the stored breach and its
 * latest assessment, without storing anything: for the preview with the completeness list.
 */
export async function prepareAuthorityNotification(
  deps: Deps,
  options: AuthorityNotificationDetails,
): Promise<PreparedNotification> {
  const { input: _input, ...prepared } = await prepare(deps, deps.db, options);
  return prepared;
}

const publicTexts = {
  first: {
    nl: 'We hebben het datalek gemeld bij de Autoriteit Persoonsgegevens.',
    en: 'We reported the data breach to the Dutch Data Protection Authority.',
  },
  followUp: {
    nl: 'We hebben onze melding bij de Autoriteit Persoonsgegevens aangevuld.',
    en: 'We sent more information to the Dutch Data Protection Authority.',
  },
  withdrawn: {
    nl: 'We hebben onze melding bij de Autoriteit Persoonsgegevens ingetrokken.',
    en: 'We withdrew our notification to the Dutch Data Protection Authority.',
  },
};

/**
 * Records the next phase (first notification, then follow-ups) in the breach's internal
 * timeline, audit-logged. The first phase also fills in the day the authority was told when it
 * was still empty; a public timeline line is added only when asked. All in one transaction.
 */
export async function recordAuthorityNotification(
  deps: Deps,
  options: AuthorityNotificationDetails,
): Promise<StoredAuthorityNotification> {
  return deps.db.transaction().execute(async (trx) => {
    const { breach, assessment, phaseNumber, notification, input } = await prepare(deps, trx, options);
    const now = nowIso(deps);
    const stored: StoredAuthorityNotification = {
      id: newId(deps),
      breachId: breach.id,
      assessmentId: assessment.id,
      phaseNumber,
      preparedAt: notification.preparedAt,
      lang: input.lang,
      complete: notification.completeness.complete,
      notification,
      recordedBy: actorUserId(options.actor),
    };
    await insertAuthorityNotification(trx, stored);
    const fillDate = phaseNumber === 0 && breach.dates.authorityNotifiedOn === null;
    if (input.addPublicUpdate)
      await insertBreachUpdate(trx, breach.id, {
        id: newId(deps),
        publishedOn: now.slice(0, 10),
        text:
          phaseNumber === 0
            ? publicTexts.first
            : input.withdrawReason
              ? publicTexts.withdrawn
              : publicTexts.followUp,
        createdAt: now,
      });
    if (fillDate || input.addPublicUpdate) {
      const changed = await updateBreachRow(trx, breach.id, breach.version, {
        updated_at: now,
        ...(fillDate ? { authority_notified_on: now.slice(0, 10) } : {}),
      });
      if (!changed) throw new AppError('conflict');
    }
    await audit(deps, trx, {
      actor: options.actor,
      organisationId: breach.organisationId,
      entityType: 'breach',
      entityId: breach.id,
      action: 'breach.authority_notification_recorded',
      after: {
        notificationId: stored.id,
        phase: notification.phase,
        assessmentId: assessment.id,
        complete: stored.complete,
        missing: [
          ...notification.completeness.missing.map((item) => item.id),
          ...notification.completeness.formMissing.map((item) => item.id),
        ],
        publicUpdate: input.addPublicUpdate,
      },
    });
    return stored;
  });
}
