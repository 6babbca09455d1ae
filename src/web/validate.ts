import { z } from 'zod';
import { AppError, type FieldError } from '../errors/catalogue.ts';
import { zodFieldErrors } from '../errors/field-messages.ts';
import { isMessageKey, localizedMessage } from './i18n/translator.ts';

/**
 * Turns zod issues into field errors with dot paths (`data.0`, `certainty`), each in Dutch and
 * English: a message id of the UI messages (page schemas) or the shared field texts.
 */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const errors = zodFieldErrors(new z.ZodError([issue]));
    const key = issue.message;
    return isMessageKey(key) ? errors.map((e) => ({ ...e, message: localizedMessage(key) })) : errors;
  });
}

/**
 * Validates untrusted input (query, body, params) against the route's schema, or throws
 * `AppError('validation_failed')` listing every wrong field at once.
 * @example const query = parseInput(planQuerySchema, request.query);
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError('validation_failed', { fieldErrors: fieldErrorsOf(result.error) });
}
