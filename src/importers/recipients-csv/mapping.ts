import { z } from 'zod';
import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { Localized } from '../../core/i18n/lang.ts';
import { guessMapping } from './guess-mapping.ts';
import { messages } from './messages.ts';

/** Our fields of a recipient, in the order a mapping screen shows them. */
export const recipientFields = [
  'name',
  'salutation',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'country',
  'email',
  'language',
  'group',
  'kinds',
  'code',
] as const;
export type RecipientField = (typeof recipientFields)[number];

/**
 * Which header of the file holds each of our fields. Unmapped optional fields stay empty.
 * `name` and `houseNumber` may be composed of several columns, joined with one space and
 * empty parts left out: `["voorletters", "tussenvoegsel", "achternaam"]`,
 * `["huisnummer", "huisletter", "toevoeging"]`.
 */
export type RecipientMapping = Partial<Record<RecipientField, string | string[]>>;

/** Fields that may be composed of several columns. */
export const composableFields: readonly RecipientField[] = ['name', 'houseNumber'];

const column = z.string().min(1);
const composed = z.union([column, z.array(column).min(1).max(4)]);

/** The mapping file (`--mapping`) and the stored mapping of a job: unknown keys are refused. */
export const recipientMappingSchema = z
  .object(
    Object.fromEntries(
      recipientFields.map((f) => [f, (composableFields.includes(f) ? composed : column).optional()]),
    ) as Record<RecipientField, z.ZodOptional<typeof composed>>,
  )
  .strict();

/** The columns of a mapped field, as a list (one for a plain field). */
export function mappedColumns(mapping: RecipientMapping, field: RecipientField): string[] {
  const value = mapping[field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Fields a file must map whatever the channel; address or e-mail depend on the channel. */
const alwaysRequired: RecipientField[] = ['name', 'group'];

/** The fields a file must map for a channel, in the order a mapping screen shows them. */
export function requiredFields(requirement: ContactRequirement): RecipientField[] {
  return [
    ...alwaysRequired,
    ...(requirement === 'postal' ? (['street', 'postcode', 'city'] as const) : (['email'] as const)),
  ];
}

/** Names of our fields in both languages, for messages that also reach the command line. */
export const fieldNames: Record<RecipientField, Localized> = messages.fieldNames;

/**
 * Proposes a mapping from the file's header names, for the user to confirm or change; fields
 * two columns could fill are left out (see `guessMapping`).
 */
export function suggestMapping(headers: readonly string[]): RecipientMapping {
  return guessMapping(headers).mapping;
}

/** What the channel needs: letters need a postal address, e-mail needs an address to send to. */
export type ContactRequirement = 'postal' | 'email';

/** A follow-up round reuses codes, so it needs the code column. */
export const codeColumnMissing: Localized = {
  nl: 'Kies de kolom met de codes. Een volgende ronde gebruikt de codes van de vorige.',
  en: 'Choose the column with the codes. A follow-up round uses the codes of the previous one.',
};

/**
 * Checks a mapping against the file's headers; throws `validation_failed` listing every
 * missing or unknown header at once. Returns each field's column indexes (several for a
 * composed field).
 */
export function resolveMapping(
  mapping: RecipientMapping,
  headers: readonly string[],
  requirement: ContactRequirement,
): Partial<Record<RecipientField, number[]>> {
  const errors: FieldError[] = [];
  for (const field of requiredFields(requirement)) {
    if (!mappedColumns(mapping, field).length)
      errors.push({
        path: `mapping.${field}`,
        message: {
          nl: `Kies de kolom voor de ${fieldNames[field].nl}.`,
          en: `No column is mapped to the ${fieldNames[field].en}.`,
        },
      });
  }
  const columns: Partial<Record<RecipientField, number[]>> = {};
  for (const field of recipientFields) {
    const indexes: number[] = [];
    for (const header of mappedColumns(mapping, field)) {
      const index = headers.indexOf(header);
      if (index < 0)
        errors.push({
          path: `mapping.${field}`,
          message: {
            nl: `Het bestand heeft geen kolom "${header}".`,
            en: `The file has no column "${header}".`,
          },
        });
      else indexes.push(index);
    }
    if (indexes.length) columns[field] = indexes;
  }
  if (errors.length) {
    throw new AppError('validation_failed', {
      detail: 'The column mapping does not fit the file.',
      fieldErrors: errors,
    });
  }
  return columns;
}
