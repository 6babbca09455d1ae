import type { Lang, Localized } from '../../core/i18n/lang.ts';
import type { ContactRequirement, RecipientField } from './mapping.ts';
import { messages } from './messages.ts';

export interface PostalAddress {
  /** Street and house number as one line, e.g. `Dorpsstraat 12 A`. */
  street: string;
  postcode: string;
  city: string;
  /** ISO-like country label; `NL` for the Netherlands. */
  country: string;
}

/** A row that passed every check, ready to become a letter. */
export interface ValidRecipient {
  /** 1-based data row (the header is not counted). */
  row: number;
  /** Physical line in the file on which the row starts. */
  line: number;
  name: string;
  /** The salutation the person chose, used exactly as given; absent means a neutral one. Never guessed. */
  salutation?: string;
  address?: PostalAddress;
  email?: string;
  language: Lang;
  group: string;
  /** Category ids of the kinds of data involved for this person. */
  kinds: string[];
  /** The person's code from an earlier round, normalised. */
  code?: string;
}

export interface FieldProblem {
  field: RecipientField | 'row';
  /** The file's own header(s) for the field (`voornaam + tussenvoegsel + achternaam`). */
  column?: string;
  reason: Localized;
}

export interface ValidationContext {
  /** The recipient groups of the breach; a row's group must be one of them. */
  groups: readonly string[];
  requirement: ContactRequirement;
  /** Maps a category id or HIBP data-class name to a category id, or undefined when unknown. */
  resolveKind: (token: string) => string | undefined;
  /** Normalises a personal code, or undefined when it is not a valid code. */
  checkCode?: (raw: string) => string | undefined;
  /** Whether rows must carry a code (follow-up rounds reuse codes). */
  requireCode?: boolean;
}

const reasons = messages.reasons;

function groupUnknown(value: string, groups: readonly string[]): Localized {
  return {
    nl: `De groep "${value}" hoort niet bij dit datalek. Kies uit: ${groups.join(', ')}.`,
    en: `The group "${value}" is not part of this breach. Choose from: ${groups.join(', ')}.`,
  };
}

function kindUnknown(token: string): Localized {
  return {
    nl: `Het soort gegevens "${token}" kennen we niet.`,
    en: `We do not know the kind of data "${token}".`,
  };
}

/** Values that ask for the neutral salutation, the same as leaving the field empty. */
const neutralSalutations = new Set(['', 'neutraal', 'neutral', 'geen', 'none', 'geen voorkeur']);

const languageNames: Record<string, Lang> = {
  '': 'nl',
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

const dutchCountry = new Set(['', 'nl', 'nld', 'nederland', 'netherlands', 'the netherlands']);

/** Dutch postcodes: 4 digits not starting with 0, then 2 letters except SA, SD and SS. */
const dutchPostcode = /^([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})$/;
/** Pragmatic: one @, no spaces, a dot in the domain, at most 254 characters. */
const emailPattern =
  /^[^\s@"<>(),;:\\[\]]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const controlChars = /\p{Cc}/gu;
/** Anything `clean` would change: a control character, white space other than one plain space between words. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const uncleanText = /[\u0000-\u001f\u007f-\u009f]|[^\S ]|^ | $| {2}/;

/** Control characters and runs of white space become one space; ends are trimmed. */
function clean(value: string | undefined): string {
  if (value === undefined) return '';
  // Most values are clean already: one test instead of three passes that each copy the text.
  if (!uncleanText.test(value)) return value;
  return value.replace(controlChars, ' ').trim().replace(/\s+/g, ' ');
}

/**
 * Checks one row's values (already picked out by the mapping). Returns the recipient, or every
 * problem of the row at once so that the organisation can fix the file in one go.
 */
export function validateRecipient(
  values: Partial<Record<RecipientField, string>>,
  position: { row: number; line: number },
  context: ValidationContext,
): { ok: true; recipient: ValidRecipient } | { ok: false; problems: FieldProblem[] } {
  // Problems are pushed directly (no helper closure): this runs for every row of a million.
  const problems: FieldProblem[] = [];

  const name = clean(values.name);
  if (!name) problems.push({ field: 'name', reason: reasons.nameMissing });
  else if (name.length > 200) problems.push({ field: 'name', reason: reasons.nameTooLong });

  const rawSalutation = clean(values.salutation);
  const salutation = neutralSalutations.has(rawSalutation.toLowerCase()) ? undefined : rawSalutation;
  if (rawSalutation.length > 100) problems.push({ field: 'salutation', reason: reasons.salutation });

  const address = checkAddress(values, context.requirement === 'postal', problems);

  const rawEmail = clean(values.email);
  let email: string | undefined;
  if (!rawEmail) {
    if (context.requirement === 'email') problems.push({ field: 'email', reason: reasons.emailMissing });
  } else if (rawEmail.length > 254 || !emailPattern.test(rawEmail))
    problems.push({ field: 'email', reason: reasons.emailInvalid });
  else email = rawEmail;

  const language = languageNames[clean(values.language).toLowerCase()];
  if (!language) problems.push({ field: 'language', reason: reasons.language });

  const rawGroup = clean(values.group);
  const group = findGroup(context.groups, rawGroup);
  if (!rawGroup) problems.push({ field: 'group', reason: reasons.groupMissing });
  else if (!group) problems.push({ field: 'group', reason: groupUnknown(rawGroup, context.groups) });

  const kinds: string[] = [];
  let tokens = 0;
  for (const part of clean(values.kinds).split(/[|,]/)) {
    const token = part.trim();
    if (!token) continue;
    tokens++;
    const id = context.resolveKind(token);
    if (!id) problems.push({ field: 'kinds', reason: kindUnknown(token) });
    else if (!kinds.includes(id)) kinds.push(id);
  }
  if (!tokens) problems.push({ field: 'kinds', reason: reasons.kindsMissing });

  const rawCode = clean(values.code);
  let code: string | undefined;
  if (rawCode) {
    code = context.checkCode ? context.checkCode(rawCode) : undefined;
    if (!code) problems.push({ field: 'code', reason: reasons.codeInvalid });
  } else if (context.requireCode) problems.push({ field: 'code', reason: reasons.codeMissing });

  if (problems.length || !language || !group) return { ok: false, problems };
  // Fields named one by one: an object spread here cost more than all the checks above.
  const recipient: ValidRecipient = { row: position.row, line: position.line, name, language, group, kinds };
  if (salutation) recipient.salutation = salutation;
  if (address) recipient.address = address;
  if (email) recipient.email = email;
  if (code) recipient.code = code;
  return { ok: true, recipient };
}

function checkAddress(
  values: Partial<Record<RecipientField, string>>,
  required: boolean,
  problems: FieldProblem[],
): PostalAddress | undefined {
  const streetPart = clean(values.street);
  const numberPart = clean(values.houseNumber);
  const postcodeRaw = clean(values.postcode).toUpperCase();
  const city = clean(values.city);
  const countryRaw = clean(values.country);
  const anyGiven = Boolean(streetPart || numberPart || postcodeRaw || city);
  if (!required && !anyGiven) return undefined;
  const before = problems.length;
  if (!streetPart) problems.push({ field: 'street', reason: reasons.streetMissing });
  else if (!numberPart && !/\d/.test(streetPart))
    problems.push({ field: 'houseNumber', reason: reasons.numberMissing });
  const dutch = dutchCountry.has(countryRaw.toLowerCase());
  let postcode = postcodeRaw;
  if (!postcodeRaw) {
    if (dutch) problems.push({ field: 'postcode', reason: reasons.postcodeMissing });
  } else if (dutch) {
    const match = dutchPostcode.exec(postcodeRaw);
    if (!match) problems.push({ field: 'postcode', reason: reasons.postcodeDutch });
    else postcode = `${match[1]} ${match[2]}`;
  } else if (postcodeRaw.length > 12 || !/^[A-Z0-9 -]+$/.test(postcodeRaw)) {
    problems.push({ field: 'postcode', reason: reasons.postcodeForeign });
  }
  if (!city) problems.push({ field: 'city', reason: reasons.cityMissing });
  if (problems.length > before) return undefined;
  return {
    street: numberPart ? `${streetPart} ${numberPart}` : streetPart,
    postcode,
    city: dutch ? city.toUpperCase() : city,
    country: dutch ? 'NL' : countryRaw,
  };
}

/** The breach's group a row names, in any case. */
function findGroup(groups: readonly string[], raw: string): string | undefined {
  const wanted = raw.toLowerCase();
  for (const group of groups) if (group.toLowerCase() === wanted) return group;
  return undefined;
}
