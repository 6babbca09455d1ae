import type { z } from 'zod';
import { AppError, type FieldError } from '../errors/catalogue.ts';

/** Turns zod issues into field errors with dot paths (`data.0`, `certainty`). */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
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
