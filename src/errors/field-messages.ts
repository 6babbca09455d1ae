import type { z } from 'zod';
import type { Localized } from '../core/i18n/lang.ts';
import { AppError, type FieldError } from './catalogue.ts';
import { messages } from './messages.ts';

/**
 * Field error texts in Dutch (B1: short, says what is expected) and English. A `FieldError`
 * carries a `Localized` message; zod schemas only hold strings, so a schema's own message is
 * written with `zodMessage({ nl, en })`, which keeps the English as zod's message and remembers
 * the Dutch, and `issueText` gives the pair back. Issues without an own message get a text
 * made from the issue code, in both languages too.
 */

const dutchFor = new Map<string, string>();

/**
 * The message for a zod check, in both languages.
 * @example z.string().min(12, zodMessage({ nl: 'Gebruik minstens 12 tekens.', en: 'Use at least 12 characters.' }))
 */
export function zodMessage(text: Localized): string {
  const known = dutchFor.get(text.en);
  // One English text, one Dutch text: otherwise which one a page shows would depend on import order.
  if (known !== undefined && known !== text.nl) throw new Error(`Two Dutch texts for "${text.en}"`);
  dutchFor.set(text.en, text.nl);
  return text.en;
}

/** Texts several schemas share. */
export const fieldTexts = messages.fieldTexts;

/** The text of a zod issue in both languages: the schema's own message, or one made from the issue code. */
export function issueText(issue: z.core.$ZodIssue): Localized {
  const known = dutchFor.get(issue.message);
  if (known !== undefined) return { nl: known, en: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? fieldTexts.fillIn
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
      if (/received undefined$/.test(issue.message)) return fieldTexts.required;
      if (issue.expected === 'int' || issue.expected === 'number')
        return { nl: 'Geef een heel getal.', en: 'Give a whole number.' };
      if (issue.expected === 'boolean') return { nl: 'Geef true of false.', en: 'Give true or false.' };
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
    case 'invalid_value': {
      // API and CLI clients need the allowed values; forms offer them as choices anyway.
      const values = issue.values.map(String).join(', ');
      return issue.values.length > 0 && issue.values.length <= 40
        ? { nl: `Kies een van: ${values}.`, en: `Choose one of: ${values}.` }
        : { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' };
    }
    case 'invalid_format':
      return { nl: 'De vorm klopt niet.', en: 'The format is not right.' };
    case 'unrecognized_keys':
      return fieldTexts.unknownField;
    default:
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
  }
}

/** A field error; the type asks for both languages. */
export function fieldError(path: string, text: Localized): FieldError {
  return { path, message: text };
}

/**
 * Every problem zod found as field errors with dot paths (`recipientGroups.2.count`); an
 * unknown key is named itself, not its parent object.
 */
export function zodFieldErrors(error: z.ZodError, root = '(root)'): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => fieldError([...path, key].join('.'), fieldTexts.unknownField));
    return [fieldError(path.join('.') || root, issueText(issue))];
  });
}

/**
 * The error for one field that fails a check only a use case can make (a name already taken,
 * the last owner leaving); schema checks report through `zodFieldErrors`.
 * @example throw invalidField('email', { nl: 'Deze persoon is al lid.', en: 'This person is already a member.' })
 */
export function invalidField(path: string, text: Localized): AppError {
  return new AppError('validation_failed', { fieldErrors: [fieldError(path, text)] });
}
