import { z } from 'zod';
import { isPartialDate } from '../../../core/breaches/partial-date.ts';
import type { FieldError } from '../../../errors/catalogue.ts';
import { issueText } from '../../../errors/field-messages.ts';
import { isMessageKey, localizedMessage, type MessageKey } from '../../i18n/translator.ts';
import { valueOf, valuesOf, type FormValues } from '../../pages/workspace/fields.ts';

/**
 * Zod pieces for workspace forms. Each form field is one flat key (`title.nl`); messages are
 * message ids, which `flatIssues` turns into field errors in both languages.
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

/** A form field error from a message id, in both languages. */
export function formError(path: string, key: MessageKey): FieldError {
  return { path, message: localizedMessage(key) };
}

/**
 * Field errors from a zod error on a flat form object (the key is the field's dot path). The
 * form schemas' messages are message ids; any other issue gets the shared texts.
 */
export function flatIssues(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: isMessageKey(issue.message) ? localizedMessage(issue.message) : issueText(issue),
  }));
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
