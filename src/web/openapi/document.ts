import { z } from 'zod';
import type { ApiOperation } from './operation.ts';
import { apiSchemas, problemSchema } from './schemas.ts';

/** The version of the API contract; sent as the `API-Version` header (NLGov ADR). */
export const apiVersion = '1.1.0';

type JsonSchema = Record<string, unknown>;

const statusTitles: Record<number, string> = {
  400: 'Some fields are wrong; `invalidParams` lists every one.',
  401: 'No valid token: send Authorization: Bearer <token>.',
  403: 'The token may not do this (role or organisation).',
  404: 'Not found, or not visible to you (drafts of other organisations).',
  405: 'This path does not have this method; the Allow header lists the ones it has.',
  409: 'The breach changed since the version you sent.',
  412: 'If-Match names a version that is no longer current.',
  415: 'Send application/json.',
  429: 'Too many requests; see Retry-After.',
  500: 'Something went wrong on our side; nothing was saved.',
};

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return clean(
    z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
    }) as JsonSchema,
  );
}

/** The components: every named response schema of `schemas.ts`, as JSON Schema 2020-12. */
function components(): Record<string, JsonSchema> {
  const generated = z.toJSONSchema(apiSchemas, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  return Object.fromEntries(Object.entries(generated.schemas).map(([id, schema]) => [id, clean(schema)]));
}

/** A registered schema as a `$ref`, any other inline. */
function responseSchema(schema: z.ZodType): JsonSchema {
  const id = apiSchemas.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : toSchema(schema, 'output');
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
      ...(rest.type === 'array' ? { style: 'form', explode: false } : {}),
    };
  });
}

function operationObject(op: ApiOperation): JsonSchema {
  const ifMatch = op.ifMatch
    ? [
        {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The ETag of the version you edited, such as "3". Or send `version` in the body.',
          schema: { type: 'string' },
        },
      ]
    : [];
  const body = op.body && toSchema(op.body, 'input');
  const responses: Record<string, JsonSchema> = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    responses[status] = {
      description: spec.description,
      headers: {
        'API-Version': { $ref: '#/components/headers/API-Version' },
        ...Object.fromEntries(
          Object.entries(spec.headers ?? {}).map(([name, description]) => [
            name,
            { description, schema: { type: 'string' } },
          ]),
        ),
      },
      ...(spec.schema ? { content: { 'application/json': { schema: responseSchema(spec.schema) } } } : {}),
    };
  }
  for (const status of [...op.problems, 500]) {
    responses[String(status)] = {
      description: statusTitles[status] ?? 'Error.',
      headers: {
        'API-Version': { $ref: '#/components/headers/API-Version' },
        'Content-Language': { $ref: '#/components/headers/Content-Language' },
      },
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    ...(op.auth === 'token' ? { security: [{ bearerToken: [] }] } : { security: [{}, { bearerToken: [] }] }),
    parameters: [
      ...parameters(op.params, 'path'),
      ...parameters(op.query, 'query'),
      ...ifMatch,
      { $ref: '#/components/parameters/Accept-Language' },
    ],
    ...(body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: body },
              ...(op.mergePatch ? { 'application/merge-patch+json': { schema: body } } : {}),
            },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod schemas the routes
 * validate with and the presenters are typed by: one source of truth.
 * @example buildOpenApiDocument(endpoints.map((e) => e.operation), { serverUrl: 'https://…/api/v1' })
 */
export function buildOpenApiDocument(
  operations: ApiOperation[],
  options: { serverUrl: string; contactEmail?: string },
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, JsonSchema>)[op.method.toLowerCase()] = operationObject(op);
  }
  // Makes sure the Problem schema is in the components even if no operation names it directly.
  void problemSchema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Datalekwijzer API',
      version: apiVersion,
      description:
        'The public register of large personal-data breaches, and the API organisations use to keep their own records current. Use HTTPS only. Errors are application/problem+json (RFC 9457) with every wrong field in `invalidParams`, in Dutch or, with `Accept-Language: en`, in English. See docs/api.md.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      // ADR /core/doc-openapi-contact: name, url and (when the operator set API_CONTACT_EMAIL) email.
      contact: {
        name: 'Datalekwijzer',
        url: options.serverUrl.replace(/\/api\/v1$/, ''),
        ...(options.contactEmail === undefined ? {} : { email: options.contactEmail }),
      },
    },
    servers: [{ url: options.serverUrl }],
    tags: [
      { name: 'Public register', description: 'Published breaches; no token needed.' },
      {
        name: 'Parliamentary questions',
        description:
          'Written questions of members of parliament and the answers, linked to breaches; no token needed.',
      },
      { name: 'Organisation', description: "An organisation's own records; needs a token." },
      { name: 'Have I Been Pwned', description: 'Export and import in HIBP breach format.' },
      { name: 'Documentation', description: 'This document.' },
    ],
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API token of one organisation (`datalekwijzer tokens create`). Only in this header, never in a URL.',
        },
      },
      parameters: {
        'Accept-Language': {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description:
            'The language of error titles and field messages: `nl` (the default) or `en`. Data with texts carries both languages.',
          schema: { type: 'string', example: 'en' },
        },
      },
      headers: {
        'API-Version': {
          description: 'The full version of the API (NLGov ADR).',
          schema: { type: 'string', example: apiVersion },
        },
        'Content-Language': {
          description: 'The language of the title, detail and field messages of this problem: `nl` or `en`.',
          required: true,
          schema: { type: 'string', enum: ['nl', 'en'] },
        },
      },
    },
  };
}
