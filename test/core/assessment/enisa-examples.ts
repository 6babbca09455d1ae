import type { AssessmentInputData } from '../../../src/core/assessment/input-schema.ts';

/**
 * ENISA's own scored examples, as inputs with the value ENISA gives for the criterion the example
 * scores. Sources (read through the `search` tool; the ENISA PDF itself was not readable there):
 *
 * - DPC: ENISA 2013, "Recommendations for a methodology of the assessment of severity of personal
 *   data breaches", section 3 step 1–2, Assessment Table 1 (example cases per data category). Read
 *   via the summary of that table at https://myprivacy.tools/tool-enisascore.html; the page
 *   number in the PDF was not verified.
 * - Availability: ENISA 2013 annex, "CB: Loss of availability" examples, as reproduced at
 *   https://knowledge.co-dex.eu/mod/page/view.php?id=401.
 *
 * Examples the input cannot express, and the criteria whose examples we could not read, are
 * listed in docs/assessment.md ("ENISA's examples: agreement table").
 *
 * NOT VERIFIED, so no fixture here: ENISA's scored examples for EI (Annex 2, ease of
 * identification) and for CB loss of confidentiality, loss of integrity and malicious intent. The
 * annex text was searched for again in December 2026 (see "Sources searched" in
 * docs/assessment.md) and not found; the EI and CB rules the engine uses are tested in
 * severity.test.ts as our own rules, not as ENISA's values.
 */
export interface EnisaExample {
  id: string;
  source: string;
  case: string;
  criterion: 'dpc' | 'availability';
  /** ENISA's value; two values when ENISA gives a range ("2 or 3"). */
  enisa: number | [number, number];
  input: Partial<AssessmentInputData>;
}

const table1 = 'ENISA 2013 Assessment Table 1';
const availability = 'ENISA 2013 annex, CB loss of availability (co-dex id=401)';

export const enisaExamples: EnisaExample[] = [
  {
    id: 'dpc-simple-supermarket',
    source: `${table1}, simple data`,
    case: 'Customer list of a supermarket',
    criterion: 'dpc',
    enisa: 1,
    input: { categories: ['name', 'address', 'phone'] },
  },
  {
    id: 'dpc-simple-luxury',
    source: `${table1}, simple data`,
    case: 'Customer list of a luxury goods seller (suggests wealth)',
    criterion: 'dpc',
    enisa: 2,
    input: { categories: ['name', 'address'], context: { inferredFinancialStatus: true } },
  },
  {
    id: 'dpc-simple-adult-bookstore',
    source: `${table1}, simple data`,
    case: 'Delivery addresses of an adult book store (suggests sexual preferences)',
    criterion: 'dpc',
    enisa: 3,
    input: {
      categories: ['name', 'address'],
      context: { inferredSpecialCategories: ['sex_life_or_orientation'] },
    },
  },
  {
    id: 'dpc-simple-undercover',
    source: `${table1}, simple data`,
    case: 'List of undercover officers (safety at stake)',
    criterion: 'dpc',
    enisa: 4,
    input: { categories: ['name'], context: { safetyAtStake: true } },
  },
  {
    id: 'dpc-credentials-music-store',
    source: `${table1}, credentials take the class of what they open`,
    case: 'Credentials of a music store account',
    criterion: 'dpc',
    enisa: 1,
    input: { categories: ['username', 'password', 'email'], context: { credentialsAccessTo: 'simple' } },
  },
  {
    id: 'dpc-behavioural-transport-year',
    source: `${table1}, behavioural data`,
    case: 'Locations from a transport card over a year',
    criterion: 'dpc',
    enisa: 3,
    input: { categories: ['name', 'location'], context: { volume: 'extensive' } },
  },
  {
    id: 'dpc-behavioural-support-centre',
    source: `${table1}, behavioural data`,
    case: 'Calls to a psychological support centre (the records show health)',
    criterion: 'dpc',
    enisa: 4,
    input: { categories: ['phone'], specialCategories: ['health'] },
  },
  {
    id: 'dpc-financial-bank-letter',
    source: `${table1}, financial data`,
    case: 'A bank’s letter that only shows someone is a customer',
    criterion: 'dpc',
    enisa: 1,
    input: { categories: ['name', 'address'] },
  },
  {
    id: 'dpc-financial-card-invalid',
    source: `${table1}, financial data`,
    case: 'Credit card data, very old and no longer valid',
    criterion: 'dpc',
    enisa: 1,
    input: { categories: ['name', 'payment_card'], context: { paymentCard: 'invalid' } },
  },
  {
    id: 'dpc-financial-card-partial',
    source: `${table1}, financial data`,
    case: 'Part of the card details (ENISA: 2 or 3 depending on the details)',
    criterion: 'dpc',
    enisa: [2, 3],
    input: { categories: ['name', 'payment_card'], context: { paymentCard: 'partial' } },
  },
  {
    id: 'dpc-financial-card-full',
    source: `${table1}, financial data`,
    case: 'Full card details with which payments can be made',
    criterion: 'dpc',
    enisa: 4,
    input: { categories: ['name', 'payment_card'], context: { paymentCard: 'usable' } },
  },
  ...(
    [
      ['general_test_done', 1, 'That general blood tests were done'],
      ['emergency_test_done', 2, 'That a blood test was done at an emergency department'],
      ['specific_disease_test', 3, 'That a test for a specific disease was done'],
      ['results', 4, 'Actual test results'],
    ] as const
  ).map(([healthDetail, enisa, what]): EnisaExample => ({
    id: `dpc-sensitive-${healthDetail}`,
    source: `${table1}, sensitive data`,
    case: what,
    criterion: 'dpc',
    enisa,
    input: { categories: ['name', 'medical_test_result'], context: { healthDetail } },
  })),
  {
    id: 'dpc-sensitive-political-forum',
    source: `${table1}, sensitive data`,
    case: 'Political opinions in a closed forum',
    criterion: 'dpc',
    enisa: 4,
    input: { categories: ['name', 'messages'], specialCategories: ['political_opinions'] },
  },
  {
    id: 'dpc-sensitive-dating-site',
    source: `${table1}, sensitive data`,
    case: 'Dating site profiles with a declared sexual orientation',
    criterion: 'dpc',
    enisa: 4,
    input: { categories: ['name', 'email', 'photos'], specialCategories: ['sex_life_or_orientation'] },
  },
  {
    id: 'cb-availability-other-copy',
    source: availability,
    case: 'A copy of a file is lost but other copies are available',
    criterion: 'availability',
    enisa: 0,
    input: {
      availability: {
        lost: true,
        restoredFromBackup: true,
        hoursUnavailable: 0,
        recovery: 'without_difficulty',
      },
    },
  },
  {
    id: 'cb-availability-easy-rebuild',
    source: availability,
    case: 'A database is corrupted but easily rebuilt from other databases',
    criterion: 'availability',
    enisa: 0,
    input: { availability: { lost: true, restoredFromBackup: false, recovery: 'without_difficulty' } },
  },
  {
    id: 'cb-availability-some-processing',
    source: availability,
    case: 'A database is corrupted and can be rebuilt from others, with some processing',
    criterion: 'availability',
    enisa: 0.25,
    input: { availability: { lost: true, restoredFromBackup: false, recovery: 'with_some_processing' } },
  },
  {
    id: 'cb-availability-supplied-again',
    source: availability,
    case: 'A file is lost but the person can provide the information again',
    criterion: 'availability',
    enisa: 0.25,
    input: { availability: { lost: true, restoredFromBackup: false, recovery: 'supplied_again_by_people' } },
  },
  {
    id: 'cb-availability-gone',
    source: availability,
    case: 'A file is lost, there is no backup, and the person cannot provide it',
    criterion: 'availability',
    enisa: 0.5,
    input: { availability: { lost: true, restoredFromBackup: false, recovery: 'not_recoverable' } },
  },
];
