import type { CategoryId } from './data-categories.ts';
import type { AssessmentInput } from './input-schema.ts';
import type { Severity } from './output-schema.ts';

type Ei = Severity['ei'];

/** Data that names or shows the person: identification needs no research at all. */
const direct: readonly CategoryId[] = ['name', 'id_document_copy', 'photos'];
/** Data that reaches the person or their account: easy to match with a little research. */
const easy: readonly CategoryId[] = [
  'email',
  'phone',
  'address',
  'protected_address',
  'iban',
  'payment_card',
  'customer_number',
];
/**
 * Numbers and aliases that point to one person, but only for whoever holds the register behind
 * them: a BSN or document number alone, a username alone.
 */
const registerOnly: readonly CategoryId[] = ['bsn', 'id_document_number', 'username'];
/** Data that almost never points to one person on its own. */
const weak: readonly CategoryId[] = ['gender', 'other'];

const levels: Record<NonNullable<AssessmentInput['identification']>, Ei> = {
  negligible: {
    value: 0.25,
    reason: {
      nl: 'Het is bijna onmogelijk om te weten om wie het gaat (opgegeven door de organisatie).',
      en: 'It is nearly impossible to tell who the data is about (stated by the organisation).',
    },
  },
  limited: {
    value: 0.5,
    reason: {
      nl: 'Alleen met veel moeite is te weten om wie het gaat (opgegeven door de organisatie).',
      en: 'Only with much effort can one tell who the data is about (stated by the organisation).',
    },
  },
  significant: {
    value: 0.75,
    reason: {
      nl: 'Met wat moeite is te weten om wie het gaat (opgegeven door de organisatie).',
      en: 'With some effort one can tell who the data is about (stated by the organisation).',
    },
  },
  maximum: {
    value: 1,
    reason: {
      nl: 'De gegevens laten direct zien om wie het gaat (opgegeven door de organisatie).',
      en: 'The data shows directly who it is about (stated by the organisation).',
    },
  },
};

/**
 * ENISA ease of identification, derived from the kinds of data unless the organisation states it.
 * Encryption is not weighed here: ENISA weighs unintelligibility outside the formula.
 */
export function scoreEaseOfIdentification(
  categories: readonly CategoryId[],
  override?: AssessmentInput['identification'],
): Ei {
  if (override) return levels[override];
  if (categories.some((c) => direct.includes(c)))
    return {
      value: 1,
      reason: {
        nl: 'Er staat een naam, kopie van een identiteitsbewijs of foto bij. Zo is direct te zien om wie het gaat.',
        en: 'A name, copy of an identity document or photo is included, so it is clear at once who it is about.',
      },
    };
  if (categories.some((c) => easy.includes(c)))
    return {
      value: 0.75,
      reason: {
        nl: 'Er staat geen naam bij, maar met een adres, nummer of e-mailadres is de persoon makkelijk te vinden.',
        en: 'No name is included, but an address, number or e-mail address makes the person easy to find.',
      },
    };
  if (categories.every((c) => weak.includes(c)))
    return {
      value: 0.25,
      reason: {
        nl: 'De gegevens wijzen bijna nooit naar één persoon.',
        en: 'The data almost never points to one person.',
      },
    };
  if (categories.every((c) => registerOnly.includes(c) || weak.includes(c)))
    return {
      value: 0.25,
      reason: {
        nl: 'Alleen een nummer of gebruikersnaam, zonder naam of adres. Alleen wie het register erachter heeft, weet om wie het gaat.',
        en: 'Only a number or username, without a name or address. Only whoever holds the register behind it can tell who it is.',
      },
    };
  return {
    value: 0.5,
    reason: {
      nl: 'Alleen door gegevens te combineren is te weten om wie het gaat.',
      en: 'Only by combining data can one tell who it is about.',
    },
  };
}
