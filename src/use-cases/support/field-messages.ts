import type { z } from 'zod';
import type { Lang, Localized } from '../../core/i18n/lang.ts';
import type { FieldError } from '../../errors/catalogue.ts';

/**
 * Field errors of the use cases carry their text in Dutch and English. `message` stays the
 * English text (logs, API clients that ignore languages); pages call `fieldMessage(error, lang)`.
 */
export interface LocalizedFieldError extends FieldError {
  localized: Localized;
}

/** Dutch for every fixed English message the use cases write (B1: short, common words). */
const dutch: Record<string, string> = {
  'Fill this in.': 'Vul dit in.',
  'Fill in your e-mail address.': 'Vul uw e-mailadres in.',
  'Fill in your password.': 'Vul uw wachtwoord in.',
  'Required.': 'Dit is verplicht.',
  'Use a date as YYYY-MM-DD (or YYYY-MM or YYYY when only that is known).':
    'Schrijf de datum als JJJJ-MM-DD (of JJJJ-MM of JJJJ als u alleen dat weet).',
  'Use a date as YYYY-MM-DD.': 'Schrijf de datum als JJJJ-MM-DD.',
  'Use a date and time such as 2026-12-31T23:59:59Z.': 'Schrijf datum en tijd zoals 2026-12-31T23:59:59Z.',
  'Choose a moment in the future.': 'Kies een moment in de toekomst.',
  'Use a full web address starting with https://.': 'Geef een volledig webadres dat begint met https://.',
  'Unknown kind of data.': 'Dit soort gegevens kennen we niet.',
  'Each kind of data once.': 'Noem elk soort gegevens maar één keer.',
  'Use a phone number such as 0800-1617.': 'Geef een telefoonnummer, zoals 0800-1617.',
  'Use lower-case letters, digits and hyphens.': 'Gebruik kleine letters, cijfers en streepjes.',
  'Use an e-mail address such as naam@voorbeeld.nl.': 'Geef een e-mailadres, zoals naam@voorbeeld.nl.',
  'Use at least 12 characters.': 'Gebruik minstens 12 tekens.',
  'Use at most 200 characters.': 'Gebruik hoogstens 200 tekens.',
  'An organisation with this name already exists.': 'Er is al een organisatie met deze naam.',
  'Give at least one source or a helpline.': 'Geef minstens één bron of een hulplijn.',
  'Give either breachId or slug.': 'Geef een id of een adres van het datalek, niet allebei.',
  'Give when the breach happened, was discovered or was announced.':
    'Geef aan wanneer het lek gebeurde, werd ontdekt of bekend werd gemaakt.',
  'No account with this e-mail address.': 'Er is geen account met dit e-mailadres.',
  'No such organisation.': 'Deze organisatie bestaat niet.',
  'The end is before the start.': 'Het einde ligt voor het begin.',
  'The maximum is below the minimum.': 'Het maximum is lager dan het minimum.',
  'The organisation needs at least one other owner first.':
    'De organisatie heeft eerst nog een andere eigenaar nodig.',
  'This address is already in use.': 'Dit adres is al in gebruik.',
  'This breach is not public.': 'Dit datalek is niet openbaar.',
  'This date is before the date of discovery.': 'Deze datum ligt voor de datum van ontdekking.',
  'This e-mail address already has an account.': 'Dit e-mailadres heeft al een account.',
  'This person is already a member.': 'Deze persoon is al lid.',
};

/** The text of a zod issue in both languages: a message the schema set, or one made from the issue code. */
export function issueText(issue: z.core.$ZodIssue): Localized {
  const known = dutch[issue.message];
  if (known !== undefined) return { nl: known, en: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { nl: 'Vul dit in.', en: 'Fill this in.' }
          : {
              nl: `Gebruik minstens ${issue.minimum} tekens.`,
              en: `Use at least ${issue.minimum} characters.`,
            };
      if (issue.origin === 'array')
        return { nl: `Geef er minstens ${issue.minimum}.`, en: `Give at least ${issue.minimum}.` };
      return {
        nl: `Geef een getal van ${issue.minimum} of meer.`,
        en: `Give a number of ${issue.minimum} or more.`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          nl: `Gebruik hoogstens ${issue.maximum} tekens.`,
          en: `Use at most ${issue.maximum} characters.`,
        };
      if (issue.origin === 'array')
        return { nl: `Geef er hoogstens ${issue.maximum}.`, en: `Give at most ${issue.maximum}.` };
      return {
        nl: `Geef een getal van hoogstens ${issue.maximum}.`,
        en: `Give a number of at most ${issue.maximum}.`,
      };
    case 'invalid_type':
      // zod leaves the input out of issues; its default message names what it received.
      if (/received undefined$/.test(issue.message)) return { nl: 'Dit is verplicht.', en: 'Required.' };
      return issue.expected === 'int' || issue.expected === 'number'
        ? { nl: 'Geef een heel getal.', en: 'Give a whole number.' }
        : { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
    case 'invalid_value':
      return { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' };
    case 'invalid_format':
      return { nl: 'De vorm klopt niet.', en: 'The format is not right.' };
    default:
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
  }
}

/** A field error with its text in both languages. */
export function fieldError(path: string, text: Localized): LocalizedFieldError {
  return { path, message: text.en, localized: text };
}

/**
 * The text of a field error in `lang`: its own translation, else the Dutch for a known
 * English message, else the message as it is.
 * @example fieldMessage(error, 'nl') // 'Vul dit in.'
 */
export function fieldMessage(error: FieldError, lang: Lang): string {
  const localized = (error as Partial<LocalizedFieldError>).localized;
  if (localized) return localized[lang];
  return lang === 'nl' ? (dutch[error.message] ?? error.message) : error.message;
}
