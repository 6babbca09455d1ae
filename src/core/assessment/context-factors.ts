import { z } from 'zod';
import type { Localized } from '../i18n/lang.ts';
import { specialCategoryIds } from './data-categories.ts';

/**
 * ENISA's context factors for the data processing context (DPC), each an explicit input with the
 * reason ENISA gives for it. ENISA 2013, section 3 step 2 and annex A2 ("Description of contextual
 * factors to be considered in DPC scoring"): volume of the data, special characteristics of the
 * controller or the people, invalidity or inaccuracy, public availability before the breach, and
 * the nature of the data. The reasons double as help texts on the workspace's assessment page.
 */

/** How much the test data reveals (ENISA Assessment Table 1, sensitive data examples). */
export const healthDetails = [
  'general_test_done',
  'emergency_test_done',
  'specific_disease_test',
  'results',
] as const;
/** What card data was taken (ENISA Assessment Table 1, financial data examples). */
export const paymentCardDetails = ['usable', 'partial', 'invalid'] as const;
/** What the breached credentials open (ENISA section 3 step 1: credentials take the class of what they open). */
export const credentialTargets = ['simple', 'behavioural', 'financial', 'sensitive'] as const;
/** How much data per person, over time or in content (ENISA A2, volume). */
export const volumes = ['small', 'typical', 'extensive'] as const;

export const contextSchema = z
  .strictObject({
    inferredSpecialCategories: z
      .array(z.enum(specialCategoryIds))
      .default([])
      .describe(
        'Special categories the data does not state but that follow from who the organisation is (customers of a pharmacy, members of a group).',
      ),
    inferredFinancialStatus: z
      .boolean()
      .default(false)
      .describe(
        'Does who the organisation is suggest the people are wealthy (customers of a luxury goods seller)?',
      ),
    healthDetail: z
      .enum(healthDetails)
      .optional()
      .describe(
        'For test or health data: does it show only that a test was done, which test, or the results?',
      ),
    paymentCard: z
      .enum(paymentCardDetails)
      .optional()
      .describe('For card data: usable to pay, partial, or no longer valid?'),
    credentialsAccessTo: z
      .enum(credentialTargets)
      .optional()
      .describe('For passwords and security answers: what kind of data do they open?'),
    volume: z
      .enum(volumes)
      .default('typical')
      .describe('How much data per person: a single item, the usual, or a long period or a complete file?'),
    publiclyAvailable: z
      .boolean()
      .default(false)
      .describe('Was the same data already public before the breach (a public directory, a website)?'),
    safetyAtStake: z
      .boolean()
      .default(false)
      .describe(
        'Could the leak put someone in danger (undercover officers, people hiding from a violent ex-partner)?',
      ),
  })
  .describe(
    'ENISA context factors for the data processing context, each with its reason in docs/assessment.md.',
  );

export type ContextFactors = z.output<typeof contextSchema>;

/** The reason ENISA gives for each factor: shown in the assessment and as help text. */
export const contextReasons = {
  inferredSpecialCategories: {
    nl: 'Wie de organisatie is, kan iets gevoeligs verraden: op de klantenlijst van een apotheek voor diabetes staat niet dat iemand diabetes heeft, maar het ligt voor de hand. ENISA telt zo’n afgeleid bijzonder gegeven als 3, niet als 4.',
    en: 'Who the organisation is can betray something sensitive: a diabetes pharmacy’s customer list does not say someone has diabetes, but it suggests it. ENISA scores such an inferred special category 3, not 4.',
  },
  inferredFinancialStatus: {
    nl: 'Een klantenlijst van een winkel in dure spullen laat zien dat mensen geld hebben. ENISA geeft die lijst 2 in plaats van 1.',
    en: 'A customer list of a luxury goods seller shows people have money. ENISA scores it 2 instead of 1.',
  },
  healthDetail: {
    nl: 'ENISA maakt verschil: alleen dat er een algemeen bloedonderzoek was is 1, een bloedonderzoek op de spoedeisende hulp 2, een onderzoek naar een bepaalde ziekte 3, echte uitslagen 4.',
    en: 'ENISA distinguishes: only that a general blood test was done is 1, a blood test at an emergency department 2, a test for a specific disease 3, actual results 4.',
  },
  paymentCard: {
    nl: 'ENISA: volledige kaartgegevens waarmee je kunt betalen zijn 4, een deel van de gegevens 2 of 3, een kaart die al lang niet meer geldig is 1.',
    en: 'ENISA: full card details that can be used to pay are 4, part of the details 2 or 3, a card that has long been invalid 1.',
  },
  credentialsAccessTo: {
    nl: 'ENISA telt inloggegevens als het soort gegevens waar ze toegang toe geven: een wachtwoord voor een muziekwinkel is 1, voor internetbankieren financieel.',
    en: 'ENISA counts credentials as the kind of data they open: a password for a music shop is 1, for online banking financial.',
  },
  volume: {
    nl: 'Meer gegevens over dezelfde persoon maken het ernstiger: een jaar aan reisgegevens zegt meer dan een week. ENISA verhoogt of verlaagt de score dan met 1.',
    en: 'More data about the same person makes it more serious: a year of travel data says more than a week. ENISA then raises or lowers the score by 1.',
  },
  publiclyAvailable: {
    nl: 'Gegevens die al openbaar waren (zoals in een telefoonboek) maken een lek minder erg. ENISA verlaagt de score dan.',
    en: 'Data that was already public (such as in a phone directory) makes a breach less serious. ENISA then lowers the score.',
  },
  safetyAtStake: {
    nl: 'Als iemand door het lek in gevaar kan komen (zoals een lijst van undercoveragenten), is de score 4.',
    en: 'When the leak can put someone in danger (such as a list of undercover officers), the score is 4.',
  },
} satisfies Record<keyof ContextFactors, Localized>;

/** The DPC a health category gets for each level of detail (ENISA Assessment Table 1). */
export const healthDetailScores: Record<(typeof healthDetails)[number], number> = {
  general_test_done: 1,
  emergency_test_done: 2,
  specific_disease_test: 3,
  results: 4,
};

/** The DPC of card data for each case (ENISA Assessment Table 1; "partial" takes the lower of ENISA's 2–3). */
export const paymentCardScores: Record<(typeof paymentCardDetails)[number], number> = {
  usable: 4,
  partial: 2,
  invalid: 1,
};

/** The DPC of credentials by what they open: the base score of that class (ENISA section 3). */
export const credentialScores: Record<(typeof credentialTargets)[number], number> = {
  simple: 1,
  behavioural: 2,
  financial: 3,
  sensitive: 4,
};
