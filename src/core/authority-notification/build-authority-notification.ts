import { categoryNames } from '../assessment/category-names.ts';
import {
  specialCategoryNames,
  type CategoryId,
  type SpecialCategoryId,
} from '../assessment/data-categories.ts';
import { notificationHours } from '../assessment/deadline.ts';
import { incidentKindNames } from '../assessment/labels.ts';
import type { Assessment } from '../assessment/output-schema.ts';
import type { Localized } from '../i18n/lang.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';
import { buildFormSections, optionalFieldIds, type FormSection } from './form-sections.ts';
import { likelyConsequences } from './likely-consequences.ts';
import { isoAmsterdam, notificationTimeZone, partialDatePattern } from './local-time.ts';
import { itemLabels, missingLabels, phaseLabel, type MissingId } from './texts.ts';

type Named<T extends string> = { id: T; label: Localized };

/** The notification to the authority (Art. 33(3) GDPR), one phase of it, ready for JSON or PDF. */
export interface AuthorityNotification {
  phase: AuthorityNotificationInput['phase'];
  phaseLabel: Localized;
  organisation: { name: string };
  reference?: string;
  authorityReference?: string;
  preparedAt: string;
  /** Art. 33(3)(a). */
  nature: {
    label: Localized;
    title?: string;
    description?: string;
    incidentKind: Named<AuthorityNotificationInput['breach']['incidentKind']>;
    categories: Named<CategoryId>[];
    specialCategories: Named<SpecialCategoryId>[];
    approxPeople?: number;
    approxRecords?: number;
    startedAt?: string;
    endedAt?: string;
    awareAt: string;
  };
  /** Art. 33(3)(b). */
  contact: AuthorityNotificationInput['contact'] & { label: Localized; roleLabel: Localized };
  /** Art. 33(3)(c): the organisation's own words, then the consequences that follow from the data. */
  consequences: { label: Localized; stated: string[]; derived: Named<string>[] };
  /** Art. 33(3)(d). */
  measures: AuthorityNotificationInput['measures'] & { label: Localized };
  /** Art. 33(1): reasons for a notification later than 72 hours. */
  timing: {
    label: Localized;
    awareAt: string;
    deadlineAt: string;
    late: boolean;
    hoursAfterAwareness: number;
    delayReasons?: string;
  };
  assessment: {
    label: Localized;
    summary: Localized;
    severityFormula: string;
    severityLevel: Assessment['severity']['level'];
    riskLevel: Assessment['risk']['level'];
    informPeople: Assessment['informPeople'];
  };
  completeness: {
    complete: boolean;
    missing: Named<MissingId>[];
    /** Answers the AP form asks that are not yet known, as "section.field". */
    formMissing: Named<string>[];
    statement: Localized;
  };
  /** The AP form, section by section, in the form's order. */
  sections: FormSection[];
  /** The AP form's further answers as given, so a follow-up can start from them. */
  form: AuthorityNotificationInput['form'];
  /** Every moment of the notification in Dutch time with its offset (partial dates as given). */
  localTimes: {
    timeZone: string;
    preparedAt: string;
    awareAt: string;
    deadlineAt: string;
    startedAt?: string;
    endedAt?: string;
  };
  /** Set when this phase withdraws an earlier notification. */
  withdrawal?: { reason: string };
  /** The ENISA calculation in full, as an appendix. */
  appendix: { label: Localized; severity: Assessment['severity'] };
}

/** A moment as given: a partial date stays as it is, a full moment becomes ISO UTC. */
const keepMoment = (value: string) =>
  partialDatePattern.test(value) ? value : new Date(value).toISOString();

const hour = 3_600_000;
const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * Builds one phase of the notification to the authority with every Art. 33(3) item, the reasons
 * for any delay, the assessment's summary, and the list of what is still missing. A phased
 * notification may be incomplete, but it says so.
 */
export function buildAuthorityNotification(input: AuthorityNotificationInput): AuthorityNotification {
  const { breach, assessment, contact, measures } = input;
  const awareAt = new Date(breach.awareAt);
  const preparedAt = new Date(input.preparedAt);
  const deadlineAt = new Date(awareAt.getTime() + notificationHours * hour);
  const late = preparedAt.getTime() > deadlineAt.getTime();
  const derived = likelyConsequences(assessment).map((c) => ({ id: c.id, label: c.text }));

  const missing: MissingId[] = [];
  if (!filled(breach.nature)) missing.push('nature_description');
  if (breach.categories.length === 0) missing.push('categories');
  if (breach.approxPeople === undefined) missing.push('people_count');
  if (breach.approxRecords === undefined) missing.push('record_count');
  if (!filled(contact.name)) missing.push('contact_name');
  if (!filled(contact.email) && !filled(contact.phone)) missing.push('contact_details');
  if (input.likelyConsequences.length === 0 && derived.length === 0) missing.push('consequences');
  if (measures.taken.length === 0 && measures.proposed.length === 0) missing.push('measures');
  if (measures.mitigation.length === 0) missing.push('mitigation');
  if (late && !filled(input.delayReasons)) missing.push('delay_reasons');
  const hoursAfterAwareness = Math.floor((preparedAt.getTime() - awareAt.getTime()) / hour);
  const sections = buildFormSections(input, { late, hoursAfterAwareness });
  const coveredElsewhere = new Set([
    'description',
    'categories',
    'records',
    'people',
    'contact_name',
    'delay_reasons',
    'measures_taken',
    'mitigation',
  ]);
  const formMissing =
    input.phase.kind === 'withdrawal'
      ? []
      : sections.flatMap((section) =>
          section.fields
            .filter(
              (fld) => fld.value === null && !optionalFieldIds.has(fld.id) && !coveredElsewhere.has(fld.id),
            )
            .map((fld) => ({
              id: `${section.id}.${fld.id}`,
              label: {
                nl: `${section.label.nl}: ${fld.label.nl.toLowerCase()}`,
                en: `${section.label.en}: ${fld.label.en.toLowerCase()}`,
              },
            })),
        );
  const missingForStatement = input.phase.kind === 'withdrawal' ? [] : missing;

  return {
    phase: input.phase,
    phaseLabel: phaseLabel(input.phase),
    organisation: input.organisation,
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.authorityReference ? { authorityReference: input.authorityReference } : {}),
    preparedAt: preparedAt.toISOString(),
    nature: {
      label: itemLabels.nature,
      ...(filled(breach.title) ? { title: breach.title } : {}),
      ...(filled(breach.nature) ? { description: breach.nature } : {}),
      incidentKind: { id: breach.incidentKind, label: incidentKindNames[breach.incidentKind] },
      categories: breach.categories.map((id) => ({ id, label: categoryNames[id] })),
      specialCategories: assessment.specialCategories.map((id) => ({ id, label: specialCategoryNames[id] })),
      ...(breach.approxPeople !== undefined ? { approxPeople: breach.approxPeople } : {}),
      ...(breach.approxRecords !== undefined ? { approxRecords: breach.approxRecords } : {}),
      ...(breach.startedAt ? { startedAt: keepMoment(breach.startedAt) } : {}),
      ...(breach.endedAt ? { endedAt: keepMoment(breach.endedAt) } : {}),
      awareAt: awareAt.toISOString(),
    },
    contact: {
      ...contact,
      label: itemLabels.contact,
      roleLabel:
        contact.role === 'dpo'
          ? { nl: 'functionaris gegevensbescherming', en: 'data protection officer' }
          : { nl: 'contactpersoon', en: 'contact point' },
    },
    consequences: { label: itemLabels.consequences, stated: input.likelyConsequences, derived },
    measures: { ...measures, label: itemLabels.measures },
    timing: {
      label: itemLabels.timing,
      awareAt: awareAt.toISOString(),
      deadlineAt: deadlineAt.toISOString(),
      late,
      hoursAfterAwareness,
      ...(filled(input.delayReasons) ? { delayReasons: input.delayReasons } : {}),
    },
    assessment: {
      label: itemLabels.assessment,
      summary: assessment.summary,
      severityFormula: assessment.severity.formula,
      severityLevel: assessment.severity.level,
      riskLevel: assessment.risk.level,
      informPeople: assessment.informPeople,
    },
    completeness: {
      complete: missingForStatement.length === 0 && formMissing.length === 0,
      missing: missingForStatement.map((id) => ({ id, label: missingLabels[id] })),
      formMissing,
      statement: completenessStatement(input.phase, missingForStatement, formMissing),
    },
    sections,
    form: input.form,
    localTimes: {
      timeZone: notificationTimeZone,
      preparedAt: isoAmsterdam(input.preparedAt),
      awareAt: isoAmsterdam(breach.awareAt),
      deadlineAt: isoAmsterdam(deadlineAt.toISOString()),
      ...(breach.startedAt ? { startedAt: isoAmsterdam(breach.startedAt) } : {}),
      ...(breach.endedAt ? { endedAt: isoAmsterdam(breach.endedAt) } : {}),
    },
    ...(input.phase.kind === 'withdrawal' ? { withdrawal: { reason: input.phase.reason } } : {}),
    appendix: {
      label: { nl: 'Bijlage: berekening volgens ENISA', en: 'Appendix: the ENISA calculation' },
      severity: assessment.severity,
    },
  };
}

function completenessStatement(
  phase: AuthorityNotificationInput['phase'],
  missingIds: MissingId[],
  formMissing: Named<string>[],
): Localized {
  if (phase.kind === 'withdrawal')
    return {
      nl: `Met deze melding trekken we onze eerdere melding in. Reden: ${phase.reason}`,
      en: `With this notification we withdraw our earlier notification. Reason: ${phase.reason}`,
    };
  const missing = [...missingIds.map((id) => missingLabels[id]), ...formMissing.map((m) => m.label)];
  if (missing.length === 0)
    return {
      nl: 'Deze melding bevat alle gegevens die artikel 33 lid 3 AVG vraagt.',
      en: 'This notification contains every item that Art. 33(3) GDPR asks for.',
    };
  const nl = missing.map((m) => m.nl).join('; ');
  const en = missing.map((m) => m.en).join('; ');
  return phase.kind === 'first'
    ? {
        nl: `Dit is een eerste melding. Nog niet alles is bekend. Dit ontbreekt nog: ${nl}. We sturen het zo snel mogelijk na in een aanvulling (artikel 33 lid 4 AVG).`,
        en: `This is a first notification. Not everything is known yet. Still missing: ${en}. We will send it as soon as possible in a follow-up (Art. 33(4) GDPR).`,
      }
    : {
        nl: `Ook na deze aanvulling ontbreekt nog: ${nl}. We sturen het na zodra we het weten.`,
        en: `After this follow-up, still missing: ${en}. We will send it once we know.`,
      };
}
