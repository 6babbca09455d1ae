import { z } from 'zod';
import {
  breachDateFields,
  certainties,
  partyRoles,
  sectors,
  sourceKinds,
} from '../../../core/breaches/vocabulary.ts';
import type { FieldError } from '../../../errors/catalogue.ts';
import type { FormValues } from '../../pages/workspace/fields.ts';
import {
  choice,
  flatIssues,
  formError,
  optionalCount,
  optionalDate,
  optionalText,
  pick,
  requiredText,
  textOrNull,
  valueOf,
  valuesOf,
} from './form-schemas.ts';

/** The breach dates in the order the forms ask them. */
export const dateFields = breachDateFields;

/** The fields of the breach's core: title, sector, description and the organisation's role. */
export const coreSchema = z.object({
  'title.nl': requiredText(200),
  'title.en': requiredText(200),
  sector: choice(sectors),
  'description.nl': requiredText(20_000),
  'description.en': requiredText(20_000),
  ownRole: choice(partyRoles),
});

export const datesSchema = z.object(Object.fromEntries(dateFields.map((name) => [name, optionalDate])));

/** How many empty rows each list shows for adding (the forms work without JavaScript). */
export const spareRows = 2;

/** Row indexes present in the form for a list field: `recipientGroups.3.count` → 3. */
export function rowIndexes(values: FormValues, list: string): number[] {
  const found = new Set<number>();
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${list}\\.(\\d{1,3})\\.`).exec(key);
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

function rowEmpty(values: FormValues, prefix: string, names: readonly string[]): boolean {
  return names.every((name) => valueOf(values, `${prefix}.${name}`).trim() === '');
}

/**
 * Reads a list from numbered rows (`measures.0.nl`, `measures.1.nl`, …); rows left empty are
 * dropped, so the spare rows cost nothing. Each kept row is checked with `schema`.
 */
function readRows<T>(
  values: FormValues,
  list: string,
  names: readonly string[],
  schema: z.ZodType,
  build: (row: Record<string, string>) => T,
  errors: FieldError[],
  ignoreFor: readonly string[] = [],
): T[] {
  const out: T[] = [];
  for (const index of rowIndexes(values, list)) {
    const prefix = `${list}.${index}`;
    const significant = names.filter((name) => !ignoreFor.includes(name));
    if (rowEmpty(values, prefix, significant)) continue;
    const row = pick(
      values,
      names.map((name) => `${prefix}.${name}`),
    );
    const result = schema.safeParse(
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key.slice(prefix.length + 1), value])),
    );
    if (!result.success) {
      for (const issue of flatIssues(result.error))
        errors.push({ ...issue, path: `${prefix}.${issue.path}` });
      continue;
    }
    out.push(
      build(Object.fromEntries(names.map((name) => [name, valueOf(values, `${prefix}.${name}`).trim()]))),
    );
  }
  return out;
}

const localizedRow = z.object({ nl: requiredText(2000), en: requiredText(2000) });
const groupRow = z.object({
  'name.nl': requiredText(300),
  'name.en': requiredText(300),
  certainty: choice(certainties),
  count: optionalCount,
});
const questionRow = z.object({
  'question.nl': requiredText(500),
  'question.en': requiredText(500),
  'answer.nl': requiredText(5000),
  'answer.en': requiredText(5000),
});
const sourceRow = z.object({
  title: requiredText(300),
  url: optionalText(2000).refine(
    (value) => value === '' || /^https?:\/\/\S+$/.test(value),
    'workspace.error.url',
  ),
  kind: choice(sourceKinds),
});
const partyRow = z.object({ slug: requiredText(80), role: choice(partyRoles) });
const helplineSchema = z.object({
  'helpline.phone': optionalText(30),
  'helpline.hours.nl': optionalText(300),
  'helpline.hours.en': optionalText(300),
  'helpline.url': optionalText(2000).refine(
    (value) => value === '' || /^https?:\/\/\S+$/.test(value),
    'workspace.error.url',
  ),
});

/** The fields of the address for privacy requests, asked by the edit form and the wizard. */
export const privacyContactFields = ['privacyContact.email', 'privacyContact.postalAddress'] as const;

/** The parts of a postal address written on one line: the letters put each part on its own line. */
const addressLines = (value: string) =>
  value
    .split(',')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Where affected people send privacy requests. The e-mail address is checked as the use case
 * checks it; the postal address needs at least two lines (street or PO box, then postcode and
 * place) and a number, or the letter's address block would not reach anyone.
 */
export const privacyContactSchema = z.object({
  'privacyContact.email': optionalText(200).refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'guide.privacyContact.emailError',
  ),
  'privacyContact.postalAddress': optionalText(300).refine(
    (value) => value === '' || (addressLines(value).length >= 2 && /\d/.test(value)),
    'guide.privacyContact.postalAddressError',
  ),
});

/** The address for privacy requests from the form, checked; null when both fields are empty. */
export function readPrivacyContact(
  values: FormValues,
  errors: FieldError[],
): { email: string | null; postalAddress: string | null } | null {
  const result = privacyContactSchema.safeParse(pick(values, privacyContactFields));
  if (!result.success) errors.push(...flatIssues(result.error));
  const email = textOrNull(values, 'privacyContact.email');
  const postalAddress = textOrNull(values, 'privacyContact.postalAddress');
  return email === null && postalAddress === null ? null : { email, postalAddress };
}

/** The lists and helpline of the edit form, read and checked; slugs of other parties still need resolving. */
export function readBreachLists(values: FormValues, errors: FieldError[]) {
  const measures = readRows(
    values,
    'measures',
    ['nl', 'en'],
    localizedRow,
    (r) => ({ nl: r.nl ?? '', en: r.en ?? '' }),
    errors,
  );
  const recipientGroups = readRows(
    values,
    'recipientGroups',
    ['name.nl', 'name.en', 'certainty', 'count'],
    groupRow,
    (r) => ({
      name: { nl: r['name.nl'] ?? '', en: r['name.en'] ?? '' },
      certainty: (r.certainty ?? 'possibly') as (typeof certainties)[number],
      count: r.count ? Number(r.count) : null,
    }),
    errors,
    ['certainty'],
  );
  const questions = readRows(
    values,
    'questions',
    ['question.nl', 'question.en', 'answer.nl', 'answer.en'],
    questionRow,
    (r) => ({
      question: { nl: r['question.nl'] ?? '', en: r['question.en'] ?? '' },
      answer: { nl: r['answer.nl'] ?? '', en: r['answer.en'] ?? '' },
    }),
    errors,
  );
  const sources = readRows(
    values,
    'sources',
    ['title', 'url', 'kind'],
    sourceRow,
    (r) => ({
      title: r.title ?? '',
      url: r.url ? r.url : null,
      kind: (r.kind ?? 'other') as (typeof sourceKinds)[number],
    }),
    errors,
    ['kind'],
  );
  const otherParties = readRows(
    values,
    'otherParties',
    ['slug', 'role'],
    partyRow,
    (r) => ({ slug: r.slug ?? '', role: (r.role ?? 'processor') as (typeof partyRoles)[number] }),
    errors,
    ['role'],
  );
  const helplineResult = helplineSchema.safeParse(
    pick(values, ['helpline.phone', 'helpline.hours.nl', 'helpline.hours.en', 'helpline.url']),
  );
  if (!helplineResult.success) errors.push(...flatIssues(helplineResult.error));
  const hoursNl = textOrNull(values, 'helpline.hours.nl');
  const hoursEn = textOrNull(values, 'helpline.hours.en');
  if ((hoursNl === null) !== (hoursEn === null))
    errors.push(
      formError(
        hoursNl === null ? 'helpline.hours.nl' : 'helpline.hours.en',
        'workspace.error.bothLanguages',
      ),
    );
  const phone = textOrNull(values, 'helpline.phone');
  const url = textOrNull(values, 'helpline.url');
  const helpline =
    phone === null && url === null && hoursNl === null
      ? null
      : { phone, url, hours: hoursNl !== null && hoursEn !== null ? { nl: hoursNl, en: hoursEn } : null };
  const privacyContact = readPrivacyContact(values, errors);
  return { measures, recipientGroups, questions, sources, otherParties, helpline, privacyContact };
}

/** The core fields and dates as use-case options. */
export function coreOptions(values: FormValues) {
  return {
    title: { nl: valueOf(values, 'title.nl').trim(), en: valueOf(values, 'title.en').trim() },
    sector: valueOf(values, 'sector') as (typeof sectors)[number],
    description: {
      nl: valueOf(values, 'description.nl').trim(),
      en: valueOf(values, 'description.en').trim(),
    },
    ownRole: valueOf(values, 'ownRole') as (typeof partyRoles)[number],
    ...Object.fromEntries(dateFields.map((name) => [name, textOrNull(values, name)])),
  } as {
    title: { nl: string; en: string };
    sector: (typeof sectors)[number];
    description: { nl: string; en: string };
    ownRole: (typeof partyRoles)[number];
  } & Record<(typeof dateFields)[number], string | null>;
}

/** The kinds of data ticked, kept to known ids (the use case reports any unknown one). */
export function dataCategoriesOf(values: FormValues): string[] {
  return [...new Set(valuesOf(values, 'dataCategories'))];
}
