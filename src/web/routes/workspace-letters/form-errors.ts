import { AppError, type FieldError } from '../../../errors/catalogue.ts';
import type { PageContext } from '../../page.ts';
import { errorsById } from '../../pages/workspace/fields.ts';

/**
 * The field errors of a use case's `validation_failed`, translated and keyed by field id;
 * list items (`categories.2`) land on their group. Any other error is thrown on.
 */
export function errorsFrom(page: PageContext, error: unknown): Map<string, string> {
  if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
  const errors: FieldError[] = error.fieldErrors.map((e) => ({
    path: e.path.replace(/^(categories|addressLines|groups)\.\d+$/, '$1'),
    message: e.message,
  }));
  return errorsById(errors, page.lang);
}
