import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import type { RouteDeps } from '../../deps.ts';
import { sendError } from '../../errors.ts';
import { apiVersion, buildOpenApiDocument } from '../../openapi/document.ts';
import { defineOperation, type ApiOperation } from '../../openapi/operation.ts';
import { breachPublicationEndpoints } from './breach-publication.ts';
import { breachWriteEndpoints } from './breach-writes.ts';
import { endpoint, type ApiContext, type ApiEndpoint } from '../../route-kernel/api-endpoint.ts';
import { breachDeps } from '../../route-kernel/route.ts';
import { hibpEndpoints } from './hibp.ts';
import { kamervragenEndpoints } from './kamervragen.ts';
import { registerHttpRules } from './http-rules.ts';
import { organisationEndpoints } from './organisation.ts';
import { publicBreachEndpoints } from './public-breaches.ts';

export const apiPrefix = '/api/v1';

/** Every endpoint of the API except the document itself. */
export function apiEndpoints(deps: Pick<RouteDeps, 'knowledge'>): ApiEndpoint[] {
  return [
    ...publicBreachEndpoints(deps.knowledge),
    ...breachWriteEndpoints(deps.knowledge),
    ...breachPublicationEndpoints(),
    ...hibpEndpoints(deps.knowledge),
    ...kamervragenEndpoints(),
    ...organisationEndpoints(),
  ];
}

const documentOperation = defineOperation({
  method: 'GET',
  path: '/openapi.json',
  operationId: 'getOpenApiDocument',
  summary: 'This OpenAPI 3.1 document',
  tag: 'Documentation',
  auth: 'public',
  responses: { 200: { description: 'The OpenAPI document.' } },
  problems: [429],
});

/** The OpenAPI document for an installation at `baseUrl`. */
export function openApiDocument(deps: Pick<RouteDeps, 'knowledge'>, baseUrl: string, contactEmail?: string) {
  const operations: ApiOperation[] = [
    ...apiEndpoints(deps).map((e) => e.operation),
    documentOperation as unknown as ApiOperation,
  ];
  return buildOpenApiDocument(operations, {
    serverUrl: `${baseUrl}${apiPrefix}`,
    ...(contactEmail === undefined ? {} : { contactEmail }),
  });
}

/**
 * The REST API under `/api/v1` (NLGov API Design Rules), in its own plugin scope: the
 * `API-Version` header on every answer, no trailing slashes, JSON merge patch bodies, a
 * problem+json 404 for unknown paths, and the OpenAPI document at `/api/v1/openapi.json`.
 */
export async function apiRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const context: ApiContext = {
    deps: breachDeps(deps),
    knowledge: deps.knowledge,
    apiUrl: `${deps.config.baseUrl}${apiPrefix}`,
  };
  const document = JSON.stringify(openApiDocument(deps, deps.config.baseUrl, deps.config.apiContactEmail));
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request) => {
        const path = request.url.split('?')[0] ?? '';
        // ADR: no trailing slashes. The app ignores them for pages; the API does not.
        if (path.length > apiPrefix.length + 1 && path.endsWith('/')) throw new AppError('not_found');
      });
      api.addHook('onSend', async (_request, reply, payload) => {
        reply.header('api-version', apiVersion);
        return payload;
      });
      api.addContentTypeParser(
        'application/merge-patch+json',
        { parseAs: 'string' },
        (_request, body, done) => {
          try {
            done(null, JSON.parse(String(body)));
          } catch {
            done(new AppError('validation_failed', { detail: 'The body is not valid JSON.' }), undefined);
          }
        },
      );
      api.setNotFoundHandler((request, reply) =>
        sendError(request, reply, deps.site, new AppError('not_found')),
      );
      const endpoints = apiEndpoints(deps);
      for (const e of endpoints) e.register(api, deps, context);
      registerHttpRules(
        api,
        [...endpoints.map((e) => e.operation), documentOperation as unknown as ApiOperation],
        apiPrefix,
      );
      endpoint(documentOperation, async ({ reply }) => {
        reply.header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8');
        return document;
      }).register(api, deps, context);
    },
    { prefix: apiPrefix },
  );
}
