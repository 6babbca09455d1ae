import { categoryIds, type AssessmentInput } from '../../../core/assessment/index.ts';
import { criteria } from '../../../core/assessment/overrides.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import { amsterdamToIso, isoToAmsterdam } from './amsterdam-time.ts';
import { valueOf, valuesOf } from './form-schemas.ts';

// The assessment facts form's values turned into the core's facts and back.
const bool = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** The facts object for the core, from the flat form values (already checked for shape). */
export function factsFromForm(values: FormValues): Record<string, unknown> {
  const v = (name: string) => valueOf(values, name).trim();
  const hours = v('availability.hoursUnavailable');
  const facts: Record<string, unknown> = {
    incidentKind: v('incidentKind'),
    categories: valuesOf(values, 'categories'),
    specialCategories: valuesOf(values, 'specialCategories'),
    childrenOrVulnerable: bool(v('childrenOrVulnerable')),
    peopleCount: Number(v('peopleCount')),
    encrypted: bool(v('encrypted')),
    copiedOut: bool(v('copiedOut')),
    publishedOrOffered: bool(v('publishedOrOffered')),
    integrity: v('integrity'),
    availability: {
      lost: bool(v('availability.lost')),
      ...(bool(v('availability.restoredFromBackup')) === undefined
        ? {}
        : { restoredFromBackup: bool(v('availability.restoredFromBackup')) }),
      ...(hours === '' ? {} : { hoursUnavailable: Number(hours) }),
    },
    recipientTrusted: bool(v('recipientTrusted')),
    maliciousIntent: bool(v('maliciousIntent')),
    awareAt: amsterdamToIso(v('awareDate'), v('awareTime')) ?? 'invalid',
    measuresMakeHighRiskUnlikely: bool(v('measuresMakeHighRiskUnlikely')),
    disproportionateEffort: bool(v('disproportionateEffort')),
    publicCommunicationPlanned: bool(v('publicCommunicationPlanned')),
  };
  if (v('recordCount') !== '') facts.recordCount = Number(v('recordCount'));
  if (bool(v('keySafe')) !== undefined) facts.keySafe = bool(v('keySafe'));
  if (v('identification') !== '') facts.identification = v('identification');
  if (v('disclosedTo') !== '') facts.disclosedTo = v('disclosedTo');
  if (v('availability.recovery') !== '')
    (facts.availability as Record<string, unknown>).recovery = v('availability.recovery');
  facts.context = contextFromForm(v, valuesOf(values, 'context.inferredSpecialCategories'));
  const overrides: Record<string, unknown> = {};
  for (const criterion of criteria) {
    const value = v(`overrides.${criterion}.value`);
    const reason = v(`overrides.${criterion}.reason`);
    // A value without a reason goes to the core, which refuses it at the reason field.
    if (value !== '' || reason !== '')
      overrides[criterion] = { value: value === '' ? undefined : Number(value), reason };
  }
  if (Object.keys(overrides).length > 0) facts.overrides = overrides;
  return facts;
}

/** ENISA's context factors from the form; empty answers keep the core's defaults. */
function contextFromForm(v: (name: string) => string, inferred: string[]): Record<string, unknown> {
  const context: Record<string, unknown> = { inferredSpecialCategories: inferred };
  for (const name of ['healthDetail', 'paymentCard', 'credentialsAccessTo', 'volume'] as const)
    if (v(`context.${name}`) !== '') context[name] = v(`context.${name}`);
  for (const name of ['inferredFinancialStatus', 'publiclyAvailable', 'safetyAtStake'] as const) {
    const answer = bool(v(`context.${name}`));
    if (answer !== undefined) context[name] = answer;
  }
  return context;
}

const yn = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

/** Form values from earlier facts, or a start from the breach record. */
export function formFromFacts(facts: AssessmentInput | undefined, breach: BreachDetail): FormValues {
  if (!facts) {
    const known = new Set<string>(categoryIds);
    const day = breach.dates.discoveredOn;
    return {
      categories: breach.dataCategories.filter((id) => known.has(id)),
      peopleCount: breach.peopleAffected === null ? '' : String(breach.peopleAffected),
      awareDate: day && day.length === 10 ? day : '',
      integrity: 'not_affected',
      recipientTrusted: 'no',
      measuresMakeHighRiskUnlikely: 'no',
      disproportionateEffort: 'no',
      publicCommunicationPlanned: 'no',
      'context.volume': 'typical',
    };
  }
  const aware = isoToAmsterdam(facts.awareAt);
  return {
    incidentKind: facts.incidentKind,
    categories: [...facts.categories],
    specialCategories: [...facts.specialCategories],
    childrenOrVulnerable: yn(facts.childrenOrVulnerable),
    peopleCount: String(facts.peopleCount),
    recordCount: facts.recordCount === undefined ? '' : String(facts.recordCount),
    awareDate: aware.date,
    awareTime: aware.time,
    encrypted: yn(facts.encrypted),
    keySafe: yn(facts.keySafe),
    copiedOut: yn(facts.copiedOut),
    publishedOrOffered: yn(facts.publishedOrOffered),
    integrity: facts.integrity,
    'availability.lost': yn(facts.availability.lost),
    'availability.restoredFromBackup': yn(facts.availability.restoredFromBackup),
    'availability.hoursUnavailable':
      facts.availability.hoursUnavailable === undefined ? '' : String(facts.availability.hoursUnavailable),
    recipientTrusted: yn(facts.recipientTrusted),
    maliciousIntent: yn(facts.maliciousIntent),
    measuresMakeHighRiskUnlikely: yn(facts.measuresMakeHighRiskUnlikely),
    disproportionateEffort: yn(facts.disproportionateEffort),
    publicCommunicationPlanned: yn(facts.publicCommunicationPlanned),
    identification: facts.identification ?? '',
    disclosedTo: facts.disclosedTo ?? '',
    'availability.recovery': facts.availability.recovery ?? '',
    'context.inferredSpecialCategories': [...facts.context.inferredSpecialCategories],
    'context.healthDetail': facts.context.healthDetail ?? '',
    'context.paymentCard': facts.context.paymentCard ?? '',
    'context.credentialsAccessTo': facts.context.credentialsAccessTo ?? '',
    'context.volume': facts.context.volume,
    'context.inferredFinancialStatus': yn(facts.context.inferredFinancialStatus),
    'context.publiclyAvailable': yn(facts.context.publiclyAvailable),
    'context.safetyAtStake': yn(facts.context.safetyAtStake),
    ...overrideValues(facts.overrides),
  };
}

/** Each criterion's override as the form's value and reason fields (empty when not changed). */
function overrideValues(overrides: AssessmentInput['overrides']): FormValues {
  return Object.fromEntries(
    criteria.flatMap((c) => {
      const given = overrides?.[c];
      return [
        [`overrides.${c}.value`, given ? String(given.value) : ''],
        [`overrides.${c}.reason`, given?.reason ?? ''],
      ];
    }),
  );
}
