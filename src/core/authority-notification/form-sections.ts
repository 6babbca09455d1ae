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
      f('kind', 'Soort melding', 'Kind of notification', {
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
      f(
        'law',
        'Melding op grond van',
        'Notified under',
        form.law === 'gdpr' ? { nl: 'AVG', en: 'GDPR' } : same('Telecommunicatiewet'),
      ),
      f(
        'authority_reference',
        'Meldnummer van de AP',
        "Authority's reference",
        opt(input.authorityReference),
      ),
      f('reference', 'Ons kenmerk', 'Our reference', opt(input.reference)),
      ...(phase.kind === 'withdrawal'
        ? [f('withdrawal_reason', 'Reden van intrekking', 'Reason for withdrawal', same(phase.reason))]
        : []),
    ],
    contact: [
      f('organisation', 'Organisatie', 'Organisation', same(input.organisation.name)),
      f('reporter_name', 'Naam van de melder', "Reporter's name", opt(form.reporter?.name)),
      f('reporter_job_title', 'Functie van de melder', "Reporter's job title", opt(form.reporter?.jobTitle)),
      f('reporter_phone', 'Telefoon van de melder', "Reporter's phone", opt(form.reporter?.phone)),
      f('reporter_email', 'E-mail van de melder', "Reporter's e-mail", opt(form.reporter?.email)),
      f(
        'contact_role',
        'Rol van de contactpersoon',
        'Role of the contact point',
        contact.role === 'dpo'
          ? { nl: 'functionaris gegevensbescherming', en: 'data protection officer' }
          : { nl: 'contactpersoon', en: 'contact point' },
      ),
      f('contact_name', 'Naam van de contactpersoon', 'Name of the contact point', opt(contact.name)),
      f('contact_email', 'E-mail van de contactpersoon', "Contact point's e-mail", opt(contact.email)),
      f('contact_phone', 'Telefoon van de contactpersoon', "Contact point's phone", opt(contact.phone)),
      f(
        'processor',
        'Verwerker betrokken',
        'Processor involved',
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
      f('started_at', 'Begin van het datalek', 'Breach began', when(breach.startedAt)),
      f('ended_at', 'Einde van het datalek', 'Breach ended', when(breach.endedAt)),
      f('aware_at', 'Ontdekt op', 'Aware since', when(breach.awareAt)),
      f('prepared_at', 'Gemeld op', 'Notified at', when(input.preparedAt)),
      f(
        'hours_after',
        'Uren na ontdekken',
        'Hours after awareness',
        same(String(timing.hoursAfterAwareness)),
      ),
      ...(timing.late
        ? [f('delay_reasons', 'Reden van de vertraging', 'Reasons for the delay', opt(input.delayReasons))]
        : []),
    ],
    breach: [
      f('title', 'Samenvatting', 'Summary', opt(breach.title)),
      f('description', 'Wat is er gebeurd', 'What happened', opt(breach.nature)),
      f('incident_kind', 'Soort incident', 'Kind of incident', incidentKindNames[breach.incidentKind]),
      f(
        'breach_types',
        'Aard van de inbreuk',
        'Nature of the breach',
        list(types.map((t) => breachTypeNames[t] ?? same(t))),
      ),
    ],
    personal_data: [
      f(
        'categories',
        'Soorten persoonsgegevens',
        'Kinds of personal data',
        list(breach.categories.map((id) => categoryNames[id])),
      ),
      f(
        'special_categories',
        'Bijzondere persoonsgegevens',
        'Special categories',
        assessment.specialCategories.length === 0
          ? { nl: 'geen', en: 'none' }
          : list(assessment.specialCategories.map((id) => specialCategoryNames[id])),
      ),
      f(
        'records',
        'Aantal records (ongeveer)',
        'Number of records (approximately)',
        breach.approxRecords === undefined ? null : formatCount(breach.approxRecords),
      ),
    ],
    people: [
      f(
        'people',
        'Aantal mensen (ongeveer)',
        'Number of people (approximately)',
        breach.approxPeople === undefined ? null : formatCount(breach.approxPeople),
      ),
      f('groups', 'Welke groepen', 'Which groups', opt(form.people?.description)),
      f(
        'children',
        'Kinderen',
        'Children',
        yesNo(form.people?.children ?? (breach.childrenOrVulnerable === false ? false : undefined)),
      ),
      f(
        'vulnerable',
        'Kwetsbare groepen',
        'Vulnerable groups',
        yesNo(form.people?.vulnerableGroups ?? (breach.childrenOrVulnerable === false ? false : undefined)),
      ),
    ],
    measures_before: [
      f(
        'encrypted',
        'Gegevens versleuteld',
        'Data encrypted',
        yesNo(form.measuresBefore?.encrypted ?? breach.encrypted),
      ),
      f('hashed', 'Gegevens gehasht', 'Data hashed', yesNo(form.measuresBefore?.hashed)),
      f('other_measures', 'Andere maatregelen', 'Other measures', opt(form.measuresBefore?.description)),
    ],
    consequences: [
      f(
        'stated',
        'Gevolgen volgens de organisatie',
        'Consequences stated by the organisation',
        joined(input.likelyConsequences, '; '),
      ),
    ],
    follow_up: [
      f(
        'inform_status',
        'Mensen geïnformeerd',
        'People informed',
        form.informingPeople ? (statusNames[form.informingPeople.status] ?? null) : null,
      ),
      ...(form.informingPeople?.status === 'informed' || form.informingPeople?.status === 'will_inform'
        ? [
            f('inform_at', 'Wanneer', 'When', when(form.informingPeople.at)),
            f(
              'inform_means',
              'Hoe',
              'By which means',
              list(form.informingPeople.means.map((m) => meansNames[m] ?? same(m))),
            ),
          ]
        : []),
      ...(form.informingPeople?.status === 'not_informing'
        ? [f('inform_reason_not', 'Waarom niet', 'Why not', opt(form.informingPeople.reasonNot))]
        : []),
      f('measures_taken', 'Genomen maatregelen', 'Measures taken', joined(measures.taken, '; ')),
      f(
        'measures_proposed',
        'Voorgestelde maatregelen',
        'Measures proposed',
        joined(measures.proposed, '; '),
      ),
      f(
        'mitigation',
        'Om schade voor mensen te beperken',
        'To limit harm to people',
        joined(measures.mitigation, '; '),
      ),
      f(
        'other_countries',
        'Mensen in andere EU-landen',
        'People in other EU countries',
        form.crossBorder ? joined(form.crossBorder.otherEuCountries, ', ', { nl: 'nee', en: 'no' }) : null,
      ),
      f(
        'other_authorities',
        'Andere toezichthouders gemeld',
        'Other authorities notified',
        form.crossBorder
          ? joined(form.crossBorder.otherAuthoritiesNotified, ', ', { nl: 'geen', en: 'none' })
          : null,
      ),
      f(
        'cross_border_processing',
        'Grensoverschrijdende verwerking',
        'Cross-border processing',
        yesNo(form.crossBorder?.crossBorderProcessing),
      ),
    ],
    other: [
      f('other', 'Overige informatie', 'Other information', opt(form.other) ?? { nl: 'geen', en: 'none' }),
    ],
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
