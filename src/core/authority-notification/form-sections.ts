import { categoryNames } from '../assessment/category-names.ts';
import { specialCategoryNames } from '../assessment/data-categories.ts';
import { formatCount, incidentKindNames } from '../assessment/labels.ts';
import type { Localized } from '../i18n/lang.ts';
import type { AuthorityNotificationInput } from './input-schema.ts';
import { breachTypeNames, meansNames, sectionLabels, statusNames } from './form-labels.ts';
import { f, joined, list, opt, same, yesNo } from './form-values.ts';
import { formatAmsterdam } from './local-time.ts';

/**
 * The sections of the AP's notification form (meldformulier datalekken), in the form's order.
 * The order and headings follow the form as published for organisations; a test compares this
 * list with the form's (test/core/authority-notification/ap-form-sections.test.ts).
 */
export const apFormSectionIds = [
  'about',
  'contact',
  'timeline',
  'breach',
  'personal_data',
  'people',
  'measures_before',
  'consequences',
  'follow_up',
  'other',
] as const;
export type ApFormSectionId = (typeof apFormSectionIds)[number];

/** One answer on the form. `value: null` means not yet known; it is then listed as missing. */
export interface FormField {
  id: string;
  label: Localized;
  value: Localized | null;
}
export interface FormSection {
  id: ApFormSectionId;
  label: Localized;
  fields: FormField[];
}

/** Builds every section of the AP form from the notification input; unknown answers stay null. */
export function buildFormSections(
  input: AuthorityNotificationInput,
  timing: { late: boolean; hoursAfterAwareness: number },
): FormSection[] {
  const { breach, form, contact, measures, assessment } = input;
  const when = (v: string | undefined) => (v ? same(formatAmsterdam(v)) : null);
  const types = form.breachTypes ?? breach.breachTypes;
  const phase = input.phase;
  const sections: Record<ApFormSectionId, FormField[]> = {
    about: [
      f('kind', {
        nl:
          phase.kind === 'first'
            ? 'nieuwe melding'
            : phase.kind === 'withdrawal'
              ? 'intrekking'
              : `aanvulling ${phase.number}`,
        en:
          phase.kind === 'first'
            ? 'new notification'
            : phase.kind === 'withdrawal'
              ? 'withdrawal'
              : `follow-up ${phase.number}`,
      }),
      f('law', form.law === 'gdpr' ? { nl: 'AVG', en: 'GDPR' } : same('Telecommunicatiewet')),
      f('authority_reference', opt(input.authorityReference)),
      f('reference', opt(input.reference)),
      ...(phase.kind === 'withdrawal' ? [f('withdrawal_reason', same(phase.reason))] : []),
    ],
    contact: [
      f('organisation', same(input.organisation.name)),
      f('reporter_name', opt(form.reporter?.name)),
      f('reporter_job_title', opt(form.reporter?.jobTitle)),
      f('reporter_phone', opt(form.reporter?.phone)),
      f('reporter_email', opt(form.reporter?.email)),
      f(
        'contact_role',
        contact.role === 'dpo'
          ? { nl: 'functionaris gegevensbescherming', en: 'data protection officer' }
          : { nl: 'contactpersoon', en: 'contact point' },
      ),
      f('contact_name', opt(contact.name)),
      f('contact_email', opt(contact.email)),
      f('contact_phone', opt(contact.phone)),
      f(
        'processor',
        form.processor
          ? {
              nl: form.processor.involved
                ? `ja${form.processor.name ? `: ${form.processor.name}` : ''}`
                : 'nee',
              en: form.processor.involved
                ? `yes${form.processor.name ? `: ${form.processor.name}` : ''}`
                : 'no',
            }
          : null,
      ),
    ],
    timeline: [
      f('started_at', when(breach.startedAt)),
      f('ended_at', when(breach.endedAt)),
      f('aware_at', when(breach.awareAt)),
      f('prepared_at', when(input.preparedAt)),
      f('hours_after', same(String(timing.hoursAfterAwareness))),
      ...(timing.late ? [f('delay_reasons', opt(input.delayReasons))] : []),
    ],
    breach: [
      f('title', opt(breach.title)),
      f('description', opt(breach.nature)),
      f('incident_kind', incidentKindNames[breach.incidentKind]),
      f('breach_types', list(types.map((t) => breachTypeNames[t] ?? same(t)))),
    ],
    personal_data: [
      f('categories', list(breach.categories.map((id) => categoryNames[id]))),
      f(
        'special_categories',
        assessment.specialCategories.length === 0
          ? { nl: 'geen', en: 'none' }
          : list(assessment.specialCategories.map((id) => specialCategoryNames[id])),
      ),
      f('records', breach.approxRecords === undefined ? null : formatCount(breach.approxRecords)),
    ],
    people: [
      f('people', breach.approxPeople === undefined ? null : formatCount(breach.approxPeople)),
      f('groups', opt(form.people?.description)),
      f(
        'children',
        yesNo(form.people?.children ?? (breach.childrenOrVulnerable === false ? false : undefined)),
      ),
      f(
        'vulnerable',
        yesNo(form.people?.vulnerableGroups ?? (breach.childrenOrVulnerable === false ? false : undefined)),
      ),
    ],
    measures_before: [
      f('encrypted', yesNo(form.measuresBefore?.encrypted ?? breach.encrypted)),
      f('hashed', yesNo(form.measuresBefore?.hashed)),
      f('other_measures', opt(form.measuresBefore?.description)),
    ],
    consequences: [f('stated', joined(input.likelyConsequences, '; '))],
    follow_up: [
      f('inform_status', form.informingPeople ? (statusNames[form.informingPeople.status] ?? null) : null),
      ...(form.informingPeople?.status === 'informed' || form.informingPeople?.status === 'will_inform'
        ? [
            f('inform_at', when(form.informingPeople.at)),
            f('inform_means', list(form.informingPeople.means.map((m) => meansNames[m] ?? same(m)))),
          ]
        : []),
      ...(form.informingPeople?.status === 'not_informing'
        ? [f('inform_reason_not', opt(form.informingPeople.reasonNot))]
        : []),
      f('measures_taken', joined(measures.taken, '; ')),
      f('measures_proposed', joined(measures.proposed, '; ')),
      f('mitigation', joined(measures.mitigation, '; ')),
      f(
        'other_countries',
        form.crossBorder ? joined(form.crossBorder.otherEuCountries, ', ', { nl: 'nee', en: 'no' }) : null,
      ),
      f(
        'other_authorities',
        form.crossBorder
          ? joined(form.crossBorder.otherAuthoritiesNotified, ', ', { nl: 'geen', en: 'none' })
          : null,
      ),
      f('cross_border_processing', yesNo(form.crossBorder?.crossBorderProcessing)),
    ],
    other: [f('other', opt(form.other) ?? { nl: 'geen', en: 'none' })],
  };
  return apFormSectionIds.map((id) => ({ id, label: sectionLabels[id], fields: sections[id] }));
}

/** Fields that may stay empty without being "missing" (they are optional on the form). */
export const optionalFieldIds = new Set([
  'authority_reference',
  'reference',
  'ended_at',
  'title',
  'contact_email',
  'contact_phone',
  'reporter_email',
  'hashed',
  'other_measures',
  'groups',
  'stated',
  'measures_proposed',
]);
