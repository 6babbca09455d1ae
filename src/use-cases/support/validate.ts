import type { z } from 'zod';
import { AppError } from '../../errors/catalogue.ts';
import { fieldError, issueText, type LocalizedFieldError } from './field-messages.ts';

/** Every problem zod found, as field errors with dot paths (`recipientGroups.2.count`). */
export function fieldErrorsOf(error: z.ZodError): LocalizedFieldError[] {
  return error.issues.map((issue) =>
    fieldError(issue.path.map(String).join('.') || '(options)', issueText(issue)),
  );
}

/**
 * Parses a use case's options with its schema, or throws `validation_failed` listing EVERY
 * wrong field at once. Keys the schema does not know (such as `actor`) are dropped.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options);
  if (!result.success) throw new AppError('validation_failed', { fieldErrors: fieldErrorsOf(result.error) });
  return result.data;
}
