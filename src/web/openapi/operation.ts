import { z } from 'zod';

/** How an operation authenticates: `public` accepts a token (and then sees more), `token` needs one. */
export type ApiAuth = 'public' | 'token';

export interface ApiResponseSpec {
  description: string;
  /** Response body schema; omitted for bodies in another format (CSV) or none. */
  schema?: z.ZodType;
  /** Response headers worth documenting (`ETag`, `Location`). */
  headers?: Record<string, string>;
}

/**
 * One operation of the REST API: the single source for the route (path, method, validation)
 * and for its part of the OpenAPI document.
 */
export interface ApiOperation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below `/api/v1`, OpenAPI style: `/breaches/{breachId}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'Public register' | 'Parliamentary questions' | 'Organisation' | 'Have I Been Pwned' | 'Documentation';
  auth: ApiAuth;
  params?: P;
  query?: Q;
  body?: B;
  /** The body may also be sent as `application/merge-patch+json` (RFC 7396). */
  mergePatch?: boolean;
  /** The operation takes the edited version as `If-Match` (or a `version` field). */
  ifMatch?: boolean;
  /** Successful responses by status. */
  responses: Record<number, ApiResponseSpec>;
  /** Error statuses this operation can answer with, as problem+json. */
  problems: number[];
}

/** Schemas for operations without params, query or body. */
export const noInput = z.strictObject({});

/** Type helper: keeps the generic parameters of an operation literal. */
export function defineOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  operation: ApiOperation<P, Q, B>,
): ApiOperation<P, Q, B> {
  return operation;
}
