import { z } from 'zod';
import { isPartialDate } from '../../../core/breaches/partial-date.ts';
import type { FieldError } from '../../../errors/catalogue.ts';
import { messageSources, type MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { valueOf, valuesOf, type FormValues } from '../../pages/workspace/fields.ts';

/**
 * Zod pieces for workspace forms. Each form field is one flat key (`title.nl`); messages are
 * message keys, translated by `translatedErrors` when the form is shown again.
 */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'workspace.error.required').max(max, 'workspace.error.tooLong');

export const optionalText = (max: number) => z.string().trim().max(max, 'workspace.error.tooLong');

export const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || isPartialDate(value), 'workspace.error.date');

export const requiredDate = z.string().trim().refine(isPartialDate, 'workspace.error.date');

export const optionalCount = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{1,10}$/.test(value), 'workspace.error.count');

export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'workspace.error.choose' });

/**
 * The use cases word their field errors in English for API clients; the ones a workspace form
 * can meet are shown in the page's language. Unknown messages are shown as they are.
 */
const useCaseMessages: Record<string, MessageKey> = {
  'This date is before the date of discovery.': 'workspace.error.dateBeforeDiscovery',
  'Use a phone number such as 0800-1617.': 'workspace.error.phone',
  'Use an e-mail address such as naam@voorbeeld.nl.': 'workspace.error.email',
  'Unknown kind of data.': 'workspace.error.unknownCategory',
  'No such organisation.': 'workspace.error.unknownOrganisation',
  'No account with this e-mail address.': 'workspace.admin.error.noUser',
  'This person is already a member.': 'workspace.members.error.already',
  'The organisation needs at least one other owner first.': 'workspace.members.error.lastOwner',
  'Give when the breach happened, was discovered or was announced.': 'workspace.publish.error.dates',
  'Give at least one source or a helpline.': 'workspace.publish.error.sources',
  'An organisation with this name already exists.': 'workspace.admin.error.exists',
  'Assess the breach first.': 'workspace.notification.needsAssessment',
};

/** Field errors with their messages translated: message keys, and the use cases' known messages. */
export function translatedErrors(page: PageContext, errors: FieldError[]): FieldError[] {
  return errors.map((error) => {
    const key =
      error.message in messageSources.nl ? (error.message as MessageKey) : useCaseMessages[error.message];
    return { path: error.path, message: key ? page.t(key) : error.message };
  });
}

/** Field errors from a zod error on a flat form object (the key is the field's dot path). */
export function flatIssues(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Text or null when empty. */
export function textOrNull(values: FormValues, name: string): string | null {
  const value = valueOf(values, name).trim();
  return value === '' ? null : value;
}

/** The form body as flat values, without the CSRF token and the buttons. */
export function formValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (body === null || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf' || key === 'action') continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value))
      values[key] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}

/** A flat object of the listed fields' first values, for a zod schema ('' when absent). */
export function pick(values: FormValues, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, valueOf(values, name)]));
}

export { valueOf, valuesOf };
