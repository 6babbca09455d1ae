import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../core/access/actor.ts';
import type { Knowledge } from '../../../core/knowledge/index.ts';
import { AppError, type FieldError } from '../../../errors/catalogue.ts';
import type { Localized } from '../../../core/i18n/lang.ts';
import type { BreachDeps } from '../../../use-cases/deps.ts';
import { noInput, type ApiOperation } from '../../openapi/operation.ts';
import { rateLimits } from '../../rate-limit.ts';
import { fieldErrorsOf } from '../../validate.ts';
import { authenticateApi } from './auth.ts';
import { assertBodyMediaType, fastifyPath } from './http-rules.ts';

/** What every API route needs: use-case dependencies, the knowledge base and the public URL. */
export interface ApiContext {
  deps: BreachDeps;
  knowledge: Knowledge;
  /** Absolute URL of `/api/v1`, without a trailing slash. */
  apiUrl: string;
}

/** The validated input of one call. */
export interface ApiCall<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  actor: Actor;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  /**
   * The version the client edited, from `If-Match` or the body's `version`; always set for
   * operations with `ifMatch`.
   */
  expectedVersion: number;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** An operation with its handler, ready to be registered and documented. */
export interface ApiEndpoint {
  operation: ApiOperation;
  register(app: FastifyInstance, context: ApiContext): void;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
    current = current.unwrap() as z.ZodType;
  return current;
}

/**
 * Query parameters that are lists may be sent comma-separated (`categories=bsn,iban`) or
 * repeated (`categories=bsn&categories=iban`); both become one array before validation.
 */
function normaliseQuery(schema: z.ZodType, query: unknown): unknown {
  if (!(schema instanceof z.ZodObject) || typeof query !== 'object' || query === null) return query;
  const result: Record<string, unknown> = { ...(query as Record<string, unknown>) };
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = result[key];
    if (!(unwrap(field) instanceof z.ZodArray) || value === undefined) continue;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    result[key] = parts.map((p) => p.trim()).filter((p) => p !== '');
  }
  return result;
}

const missingVersion: Localized = {
  nl: 'Stuur de versie die u heeft gewijzigd mee: een If-Match-header met de ETag (zoals "3") of een veld version.',
  en: 'Send the version you edited: an If-Match header with the ETag (such as "3") or a version field.',
};

/** `If-Match: "3"` → 3. A weak or malformed tag is a field error. */
function parseIfMatch(header: string | undefined, errors: FieldError[]): number | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*"([1-9][0-9]{0,8})"\s*$/.exec(header);
  if (match?.[1] === undefined) {
    errors.push({
      path: 'If-Match',
      message: {
        nl: 'Gebruik de ETag van het datalek, zoals "3".',
        en: 'Use the ETag of the breach, such as "3".',
      },
    });
    return undefined;
  }
  return Number(match[1]);
}

function parsePart<S extends z.ZodType>(schema: S, value: unknown, errors: FieldError[]): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  errors.push(...fieldErrorsOf(result.error));
  return undefined as z.output<S>;
}

/**
 * Wires an operation to its handler in the fixed chain: authenticate → validate params, query,
 * body and If-Match together (every wrong field reported at once) → handler (use case +
 * presenter). The handler returns the body; it may set the status and headers on `reply`.
 */
export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  operation: ApiOperation<P, Q, B>,
  handler: (call: ApiCall<P, Q, B>, context: ApiContext) => Promise<unknown>,
): ApiEndpoint {
  return {
    operation: operation as unknown as ApiOperation,
    register(app, context) {
      app.route({
        method: operation.method,
        url: fastifyPath(operation.path),
        config: { rateLimit: rateLimits.api },
        handler: async (request, reply) => {
          const actor = await authenticateApi(context.deps, request, reply, operation.auth);
          assertBodyMediaType(request, operation as unknown as ApiOperation);
          const errors: FieldError[] = [];
          const params = parsePart(operation.params ?? noInput, request.params, errors);
          const query = parsePart(
            operation.query ?? noInput.loose(),
            normaliseQuery(operation.query ?? noInput, request.query),
            errors,
          );
          const body = operation.body ? parsePart(operation.body, request.body ?? {}, errors) : undefined;
          const ifMatchHeader = request.headers['if-match'];
          const ifMatch = operation.ifMatch ? parseIfMatch(ifMatchHeader, errors) : undefined;
          const bodyVersion = (body as { version?: number } | undefined)?.version;
          const expectedVersion = ifMatch ?? bodyVersion ?? 0;
          const rawVersion = (request.body as { version?: unknown } | null | undefined)?.version;
          if (operation.ifMatch && ifMatchHeader === undefined && rawVersion === undefined)
            errors.push({ path: 'version', message: missingVersion });
          if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
          const call = { actor, params, query, body, expectedVersion, request, reply } as ApiCall<P, Q, B>;
          try {
            return await handler(call, context);
          } catch (error) {
            // RFC 9110: a failed If-Match is 412; a stale `version` field is a 409 conflict.
            if (ifMatch !== undefined && error instanceof AppError && error.code === 'conflict')
              throw new AppError('precondition_failed', { detail: error.detail, cause: error });
            throw error;
          }
        },
      });
    },
  };
}

/**
 * Runs a use case and renames the field paths of its validation errors to the API's names
 * (`changes.title.nl` → `title.nl`, `expectedVersion` → `version`).
 */
export async function withApiFieldNames<T>(
  run: () => Promise<T>,
  rename: (path: string) => string,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors.length > 0)
      throw new AppError(error.code, {
        detail: error.detail,
        fieldErrors: error.fieldErrors.map((f) => ({ ...f, path: rename(f.path) })),
        cause: error,
      });
    throw error;
  }
}
