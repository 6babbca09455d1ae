import { AppError } from '../../errors/catalogue.ts';
import { fieldNames, recipientFields, type RecipientField, type RecipientMapping } from './mapping.ts';

/** Header names seen in Dutch and English files, compared without case, accents, spaces or punctuation. */
const knownHeaders: Record<RecipientField, string[]> = {
  name: ['naam', 'name', 'volledigenaam', 'fullname', 'tenaamstelling', 'aanhefnaam', 'naamvolledig'],
  salutation: ['aanhef', 'salutation', 'voorkeursaanhef', 'preferredsalutation', 'title'],
  street: ['straat', 'street', 'adres', 'address', 'straatnaam', 'streetname', 'streetaddress', 'adresregel'],
  houseNumber: ['huisnummer', 'housenumber', 'nummer', 'number', 'huisnr', 'nr'],
  postcode: ['postcode', 'postalcode', 'zip', 'zipcode', 'postcodes'],
  city: ['woonplaats', 'plaats', 'city', 'town', 'place', 'stad', 'plaatsnaam'],
  country: ['land', 'country'],
  email: ['email', 'emailadres', 'mail', 'emailaddress', 'mailadres'],
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

/** Parts of a name and a house number as Dutch (BRP-like) and English exports split them. */
const nameParts = {
  initials: ['voorletters', 'initialen', 'initials'],
  given: ['voornaam', 'voornamen', 'roepnaam', 'firstname', 'givenname', 'forename'],
  prefix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels', 'prefix', 'nameprefix'],
  family: ['achternaam', 'geslachtsnaam', 'familienaam', 'lastname', 'surname', 'familyname'],
};
const numberParts = {
  letter: ['huisletter', 'letter'],
  addition: ['toevoeging', 'huisnummertoevoeging', 'toev', 'addition', 'housenumberaddition', 'suffix'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A field that more than one column could fill; the user has to choose. */
export interface AmbiguousField {
  field: RecipientField;
  headers: string[];
}

export interface GuessedMapping {
  mapping: RecipientMapping;
  ambiguous: AmbiguousField[];
}

function matches(headers: readonly string[], names: readonly string[]): string[] {
  return headers.filter((h) => names.includes(normaliseHeader(h)));
}

/**
 * Proposes a mapping from the file's header names: the same guess for the command line and
 * the upload page. Split names (`voorletters`/`voornaam`, `tussenvoegsel`, `achternaam`) and
 * split house numbers (`huisnummer`, `huisletter`, `toevoeging`) become composed fields. A
 * field that two columns could fill (say `voornaam` and `voorletters`, or `naam` next to
 * `achternaam`) is left out of the mapping and named in `ambiguous`: never guessed.
 * @example guessMapping(['Voornaam', 'Tussenvoegsel', 'Achternaam']).mapping.name // ['Voornaam', 'Tussenvoegsel', 'Achternaam']
 */
export function guessMapping(headers: readonly string[]): GuessedMapping {
  const mapping: RecipientMapping = {};
  const ambiguous: AmbiguousField[] = [];
  const one = (field: RecipientField, hits: string[]): string | undefined => {
    if (hits.length > 1) ambiguous.push({ field, headers: hits });
    return hits.length === 1 ? hits[0] : undefined;
  };
  for (const field of recipientFields) {
    if (field === 'name' || field === 'houseNumber') continue;
    const hit = one(field, matches(headers, knownHeaders[field]));
    if (hit !== undefined) mapping[field] = hit;
  }
  guessName(headers, mapping, ambiguous);
  const number = matches(headers, knownHeaders.houseNumber);
  const letter = matches(headers, numberParts.letter);
  const addition = matches(headers, numberParts.addition);
  if (number.length > 1 || letter.length > 1 || addition.length > 1)
    ambiguous.push({ field: 'houseNumber', headers: [...number, ...letter, ...addition] });
  else if (number[0] !== undefined) {
    const parts = [number[0], letter[0], addition[0]].filter((h): h is string => h !== undefined);
    mapping.houseNumber = parts.length === 1 ? number[0] : parts;
  }
  return { mapping, ambiguous };
}

function guessName(headers: readonly string[], mapping: RecipientMapping, ambiguous: AmbiguousField[]): void {
  const whole = matches(headers, knownHeaders.name);
  const initials = matches(headers, nameParts.initials);
  const given = matches(headers, nameParts.given);
  const prefix = matches(headers, nameParts.prefix);
  const family = matches(headers, nameParts.family);
  const split = family.length > 0;
  const firsts = [...initials, ...given];
  if (
    (whole.length > 0 && split) ||
    whole.length > 1 ||
    family.length > 1 ||
    firsts.length > 1 ||
    prefix.length > 1
  ) {
    ambiguous.push({ field: 'name', headers: [...whole, ...firsts, ...prefix, ...family] });
    return;
  }
  if (whole[0] !== undefined) mapping.name = whole[0];
  else if (family[0] !== undefined)
    mapping.name = [firsts[0], prefix[0], family[0]].filter((h): h is string => h !== undefined);
}

/**
 * The guessed mapping when none was given; refuses (`validation_failed`, one error per field)
 * when a field could be filled from more than one column, naming those columns.
 */
export function mappingFromHeaders(headers: readonly string[]): RecipientMapping {
  const { mapping, ambiguous } = guessMapping(headers);
  if (!ambiguous.length) return mapping;
  throw new AppError('validation_failed', {
    detail: 'The column mapping cannot be guessed: more than one column fits a field. Give a mapping file.',
    fieldErrors: ambiguous.map((a) => {
      const list = a.headers.map((h) => `"${h}"`).join(', ');
      return {
        path: `mapping.${a.field}`,
        message: {
          nl: `Meer dan één kolom past bij de ${fieldNames[a.field].nl}: ${list}. Kies zelf in een mapping-bestand (--mapping).`,
          en: `More than one column fits the ${fieldNames[a.field].en}: ${list}. Choose in a mapping file (--mapping).`,
        },
      };
    }),
  });
}
