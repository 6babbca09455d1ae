import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.ts';
import type { Knowledge } from '../../core/knowledge/index.ts';
import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { Localized } from '../../core/i18n/lang.ts';
import type { BreachDeps } from '../../use-cases/deps.ts';
import type { RouteDeps } from '../deps.ts';
import { noInput, type ApiOperation } from '../openapi/operation.ts';
import { rateLimits } from '../rate-limit.ts';
import { assertBodyMediaType, fastifyPath } from '../routes/api/http-rules.ts';
import { route } from './route.ts';

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
  register(app: FastifyInstance, routeDeps: RouteDeps, context: ApiContext): void;
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

/** The API's If-Match rules, checked with the input so every wrong field is reported at once. */
function versionErrors(operation: ApiOperation, request: FastifyRequest): FieldError[] {
  assertBodyMediaType(request, operation);
  const errors: FieldError[] = [];
  if (!operation.ifMatch) return errors;
  const ifMatchHeader = request.headers['if-match'];
  parseIfMatch(ifMatchHeader, errors);
  const rawVersion = (request.body as { version?: unknown } | null | undefined)?.version;
  if (ifMatchHeader === undefined && rawVersion === undefined)
    errors.push({ path: 'version', message: missingVersion });
  return errors;
}

/**
 * Wires an operation to its handler through the route kernel: authenticate (token or public) →
 * validate params, query, body and If-Match together → handler (use case + presenter). The
 * handler returns the body; it may set the status and headers on `reply`.
 */
export function endpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  operation: ApiOperation<P, Q, B>,
  handler: (call: ApiCall<P, Q, B>, context: ApiContext) => Promise<unknown>,
): ApiEndpoint {
  const plain = operation as unknown as ApiOperation;
  const querySchema = operation.query ?? noInput.loose();
  return {
    operation: plain,
    register(app, routeDeps, context) {
      route(app, routeDeps, {
        method: operation.method,
        path: fastifyPath(operation.path),
        auth: operation.auth === 'token' ? 'token' : 'token-optional',
        input: {
          params: operation.params ?? noInput,
          query: z.preprocess((query) => normaliseQuery(querySchema, query), querySchema),
          ...(operation.body ? { body: operation.body } : {}),
        },
        check: (request) => versionErrors(plain, request),
        options: { config: { rateLimit: rateLimits.api } },
        handler: async ({ actor, input, request, reply }) => {
          const ifMatch = operation.ifMatch ? parseIfMatch(request.headers['if-match'], []) : undefined;
          const bodyVersion = (input.body as { version?: number } | undefined)?.version;
          const expectedVersion = ifMatch ?? bodyVersion ?? 0;
          const call = { actor, ...input, expectedVersion, request, reply } as ApiCall<P, Q, B>;
          try {
            return { kind: 'data', body: await handler(call, context) };
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
