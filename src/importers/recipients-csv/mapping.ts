import { z } from 'zod';
import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { Localized } from '../../core/i18n/lang.ts';

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

/** Which header of the file holds each of our fields. Unmapped optional fields stay empty. */
export type RecipientMapping = Partial<Record<RecipientField, string>>;

export const recipientMappingSchema = z.partialRecord(z.enum(recipientFields), z.string().min(1));

/** Fields a file must map whatever the channel; address or e-mail depend on the channel. */
const alwaysRequired: RecipientField[] = ['name', 'group'];

/** Header names seen in Dutch and English files, compared without case, spaces or punctuation. */
const knownHeaders: Record<RecipientField, string[]> = {
  name: ['naam', 'name', 'volledigenaam', 'fullname', 'tenaamstelling', 'aanhef naam'],
  salutation: ['aanhef', 'salutation', 'voorkeursaanhef', 'preferredsalutation', 'title'],
  street: ['straat', 'street', 'adres', 'address', 'straatenhuisnummer', 'streetaddress', 'adresregel'],
  houseNumber: ['huisnummer', 'housenumber', 'nummer', 'number', 'huisnr', 'nr'],
  postcode: ['postcode', 'postalcode', 'zip', 'zipcode', 'postcodes'],
  city: ['woonplaats', 'plaats', 'city', 'town', 'place', 'stad'],
  country: ['land', 'country'],
  email: ['email', 'emailadres', 'mail', 'emailaddress', 'e-mail'],
  language: ['taal', 'language', 'lang', 'voorkeurstaal'],
  group: ['groep', 'group', 'ontvangersgroep', 'recipientgroup', 'variant', 'zekerheid', 'certainty'],
  kinds: [
    'gegevens',
    'data',
    'soortengegevens',
    'kindsofdata',
    'datacategories',
    'categorieen',
    'dataclasses',
  ],
  code: ['code', 'persoonlijkecode', 'personalcode'],
};

function normalise(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Proposes a mapping from the file's header names, for the user to confirm or change.
 * @example suggestMapping(['Naam', 'Straat', 'Huisnummer', 'Postcode']) // { name: 'Naam', … }
 */
export function suggestMapping(headers: readonly string[]): RecipientMapping {
  const mapping: RecipientMapping = {};
  const used = new Set<string>();
  for (const field of recipientFields) {
    const wanted = knownHeaders[field].map(normalise);
    const hit = headers.find((h) => !used.has(h) && wanted.includes(normalise(h)));
    if (hit !== undefined) {
      mapping[field] = hit;
      used.add(hit);
    }
  }
  return mapping;
}

/** What the channel needs: letters need a postal address, e-mail needs an address to send to. */
export type ContactRequirement = 'postal' | 'email';

/** A follow-up round reuses codes, so it needs the code column. */
export const codeColumnMissing: Localized = {
  nl: 'Kies de kolom met de codes. Een volgende ronde gebruikt de codes van de vorige.',
  en: 'No column is mapped to code.',
};

/**
 * Checks a mapping against the file's headers; throws `validation_failed` listing every
 * missing or unknown header at once. Returns each field's column index.
 */
export function resolveMapping(
  mapping: RecipientMapping,
  headers: readonly string[],
  requirement: ContactRequirement,
): Partial<Record<RecipientField, number>> {
  const errors: FieldError[] = [];
  const required = [
    ...alwaysRequired,
    ...(requirement === 'postal' ? (['street', 'postcode', 'city'] as const) : (['email'] as const)),
  ];
  for (const field of required) {
    if (!mapping[field])
      errors.push({
        path: `mapping.${field}`,
        message: { nl: `Kies de kolom voor ${field}.`, en: `No column is mapped to ${field}.` },
      });
  }
  const columns: Partial<Record<RecipientField, number>> = {};
  for (const field of recipientFields) {
    const header = mapping[field];
    if (header === undefined) continue;
    const index = headers.indexOf(header);
    if (index < 0)
      errors.push({
        path: `mapping.${field}`,
        message: {
          nl: `Het bestand heeft geen kolom "${header}".`,
          en: `The file has no column "${header}".`,
        },
      });
    else columns[field] = index;
  }
  if (errors.length) {
    throw new AppError('validation_failed', {
      detail: 'The column mapping does not fit the file.',
      fieldErrors: errors,
    });
  }
  return columns;
}
