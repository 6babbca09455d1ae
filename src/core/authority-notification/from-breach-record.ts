import type { AssessmentInput } from '../assessment/input-schema.ts';
import type { Assessment } from '../assessment/output-schema.ts';
import type { BreachRecord } from '../breaches/breach.ts';
import type { Lang } from '../i18n/lang.ts';
import { breachFactsForForm } from './facts-for-form.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';

/** What the notification needs beyond the stored breach and its latest assessment. */
export interface NotificationDetails {
  lang: Lang;
  phase: AuthorityNotificationInput['phase'];
  preparedAt: string;
  organisationName: string;
  contact: AuthorityNotificationInput['contact'];
  authorityReference?: string;
  likelyConsequences?: string[];
  /** Defaults to the breach's published measures as "taken". */
  measures?: AuthorityNotificationInput['measures'];
  delayReasons?: string;
  /** The AP form's further questions, as answered on the notification page. */
  form?: AuthorityNotificationInput['form'];
}

/**
 * Maps a stored breach, the facts and assessment made for it, and the notification details to
 * the builder's input. Thin on purpose: the breach record holds the public texts, the facts hold
 * what the assessment weighed. Breach dates may be partial ("2026-11"); they are carried over as
 * they are rather than guessed to a time.
 */
export function authorityNotificationInputFromBreach(
  breach: BreachRecord,
  facts: AssessmentInput,
  assessment: Assessment,
  details: NotificationDetails,
): AuthorityNotificationInput {
  return {
    phase: details.phase,
    organisation: { name: details.organisationName },
    reference: breach.slug,
    authorityReference: details.authorityReference,
    preparedAt: details.preparedAt,
    contact: details.contact,
    likelyConsequences: details.likelyConsequences ?? [],
    measures: details.measures ?? {
      taken: breach.measures.map((m) => m[details.lang]),
      proposed: [],
      mitigation: [],
    },
    delayReasons: details.delayReasons,
    form: {
      ...details.form,
      law: details.form?.law ?? 'gdpr',
      ...(details.form?.informingPeople === undefined && breach.dates.victimsNotifiedOn
        ? { informingPeople: { status: 'informed' as const, at: breach.dates.victimsNotifiedOn, means: [] } }
        : {}),
    },
    breach: {
      title: breach.title[details.lang],
      nature: breach.description[details.lang],
      incidentKind: facts.incidentKind,
      categories: assessment.categories,
      approxPeople: breach.peopleAffected ?? facts.peopleCount,
      approxRecords: facts.recordCount,
      // Partial dates ("2026-11") are carried over as they are; the notification shows them so.
      ...(breach.dates.occurredOn ? { startedAt: breach.dates.occurredOn } : {}),
      awareAt: facts.awareAt,
      ...breachFactsForForm(facts),
    },
    assessment,
  };
}
