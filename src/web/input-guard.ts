import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../errors/catalogue.ts';

/**
 * Control characters that no field of this product accepts: U+0000–U+001F except tab, line
 * feed and carriage return (textareas send line breaks), U+007F and the C1 range. U+0000 in
 * particular is refused by PostgreSQL ("invalid byte sequence") where SQLite stores it: refusing
 * it here gives both engines the same answer, before any text reaches SQL.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const forbiddenControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The same characters percent-encoded in a URL (`%00`, `%1F`, `%7F`, `%C2%80`…). */
const encodedControl = /%(0[0-8bcef]|1[0-9a-f]|7f|c2%[89][0-9a-f])/i;

const message = {
  nl: 'Bevat een teken dat hier niet kan staan (een stuurteken, zoals U+0000). Haal het weg.',
  en: 'Contains a character that cannot be used here (a control character, such as U+0000). Remove it.',
};

/** Every path in `value` (query object, form or JSON body) whose text holds a control character. */
export function controlCharacterPaths(value: unknown, path = '', found: string[] = []): string[] {
  if (found.length >= 20 || Buffer.isBuffer(value)) return found;
  if (typeof value === 'string') {
    if (forbiddenControl.test(value)) found.push(path || '(root)');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) =>
      controlCharacterPaths(item, path ? `${path}.${index}` : String(index), found),
    );
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (forbiddenControl.test(key)) found.push(at);
      else controlCharacterPaths(item, at, found);
    }
  }
  return found;
}

function refuse(paths: string[]): AppError {
  const fieldErrors: FieldError[] = paths.map((path) => ({ path, message }));
  return new AppError('validation_failed', { detail: message.en, fieldErrors });
}

/**
 * Refuses control characters in every input before any route sees it: a path holding one names
 * no page (404); a query string, form or JSON body holding one is a validation error (400)
 * naming each field. Multipart uploads are checked by the recipients importer, row by row.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const [path = '', query] = request.url.split('?', 2);
    if (forbiddenControl.test(path) || encodedControl.test(path)) return done(new AppError('not_found'));
    if (query !== undefined && (forbiddenControl.test(query) || encodedControl.test(query))) {
      const paths = controlCharacterPaths(request.query);
      return done(refuse(paths.length > 0 ? paths : ['(query)']));
    }
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const body: unknown = request.body;
    if (body === undefined || body === null) return done();
    const paths = controlCharacterPaths(body);
    done(paths.length > 0 ? refuse(paths) : undefined);
  });
}
