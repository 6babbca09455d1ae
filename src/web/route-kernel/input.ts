import { z } from 'zod';
import type { FieldError } from '../../errors/catalogue.ts';
import { fieldErrorsOf } from '../validate.ts';

/** The zod schemas of a route's input; each part is parsed only when named. */
export interface InputSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

type Part<S, K extends keyof InputSchemas> = S extends { [P in K]: infer T extends z.ZodType }
  ? z.output<T>
  : undefined;

/** The validated input a handler receives. */
export interface InputOf<S extends InputSchemas> {
  params: Part<S, 'params'>;
  query: Part<S, 'query'>;
  body: Part<S, 'body'>;
}

/** The raw parts of a request, before validation. */
export interface RawInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * Parses every named part and gathers the errors of all of them at once, so a form or an API
 * call hears about every wrong field in one answer. A missing part is an empty object.
 */
export function parseInput<S extends InputSchemas>(
  schemas: S,
  raw: RawInput,
): { input: InputOf<S>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const parse = (schema: z.ZodType | undefined, value: unknown): unknown => {
    if (!schema) return undefined;
    const result = schema.safeParse(value ?? {});
    if (result.success) return result.data;
    errors.push(...fieldErrorsOf(result.error));
    return undefined;
  };
  const input = {
    params: parse(schemas.params, raw.params),
    query: parse(schemas.query, raw.query),
    body: parse(schemas.body, raw.body),
  } as InputOf<S>;
  return { input, errors };
}

const firstOf = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * A form or query field that may be repeated or missing: its first value when that is text,
 * else undefined. Never fails, so an odd address gives the page's own "nothing chosen" state.
 * @example z.object({ fout: firstText() })
 */
export const firstText = () =>
  z
    .unknown()
    .optional()
    .transform((value): string | undefined => {
      const first = firstOf(value);
      return typeof first === 'string' ? first : undefined;
    });

/** Every text value of a repeated field (at most `max`), in the order sent. */
export const textList = (max = 100) =>
  z
    .unknown()
    .transform((value): string[] => {
      const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return all.filter((item): item is string => typeof item === 'string').slice(0, max);
    })
    .default([]);
