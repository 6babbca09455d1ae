import type { z } from 'zod';
import { AppError } from '../../errors/catalogue.ts';
import { zodFieldErrors } from '../../errors/field-messages.ts';

/**
 * Parses a use case's options with its schema, or throws `validation_failed` listing EVERY
 * wrong field at once, each in Dutch and English. Keys the schema does not know (such as
 * `actor`) are dropped.
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown): z.output<S> {
  const result = schema.safeParse(options);
  if (!result.success)
    throw new AppError('validation_failed', { fieldErrors: zodFieldErrors(result.error, '(options)') });
  return result.data;
}
