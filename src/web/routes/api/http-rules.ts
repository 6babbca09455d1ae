import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../errors/catalogue.ts';
import type { ApiOperation } from '../../openapi/operation.ts';

/**
 * HTTP rules of the API that hold per path rather than per operation (NLGov API Design Rules):
 * `OPTIONS` on every path, 405 with `Allow` for a method the path does not have, and CORS
 * (`/core/transport/cors`, `/core/publish-openapi`) for the public read operations only.
 * Everything here stays inside the API's plugin scope; the rest of the site is not touched.
 */

/** Methods a client might try; HEAD comes with GET (Fastify answers it from the GET route). */
const knownMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Response headers a script on another origin may read. */
const exposedHeaders = 'API-Version, ETag, Content-Language, Location';

/** Cross-origin readers cache a preflight answer this long (seconds). */
const preflightMaxAge = '600';

export interface ApiPath {
  /** Fastify-style path below the prefix: `/breaches/:breachId`. */
  route: string;
  methods: string[];
  /** The path has a GET that anyone may call: CORS is allowed for reading it. */
  publicRead: boolean;
}

/** `/breaches/{breachId}` → `/breaches/:breachId`. */
export function fastifyPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z]+)\}/g, ':$1');
}

/** Every path of the API with its methods, from the operations. */
export function apiPaths(operations: readonly ApiOperation[]): ApiPath[] {
  const byRoute = new Map<string, ApiPath>();
  for (const op of operations) {
    const route = fastifyPath(op.path);
    const entry = byRoute.get(route) ?? { route, methods: [], publicRead: false };
    entry.methods.push(op.method);
    if (op.method === 'GET') entry.methods.push('HEAD');
    if (op.method === 'GET' && op.auth === 'public') entry.publicRead = true;
    byRoute.set(route, entry);
  }
  return [...byRoute.values()];
}

/** The `Allow` header of a path: its methods and OPTIONS, in a fixed order. */
export function allowHeader(path: ApiPath): string {
  return [...knownMethods.filter((m) => path.methods.includes(m)), 'OPTIONS'].join(', ');
}

function corsFor(request: FastifyRequest, publicReads: ReadonlySet<string>, prefix: string): boolean {
  const route = request.routeOptions.url ?? '';
  if (!route.startsWith(prefix) || !publicReads.has(route.slice(prefix.length))) return false;
  return request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS';
}

/**
 * Registers OPTIONS and the 405 answers for every path, and the CORS headers for public reads.
 * A preflight for a public path allows GET and HEAD from any origin, without credentials and
 * without `Authorization`: a token never travels from a script on another site. Workspace and
 * token operations (every other method, every token-only path) get no CORS headers at all,
 * so browsers keep other origins out of them.
 */
export function registerHttpRules(api: FastifyInstance, operations: readonly ApiOperation[], prefix: string) {
  const paths = apiPaths(operations);
  const publicReads = new Set(paths.filter((p) => p.publicRead).map((p) => p.route));
  api.addHook('onRequest', async (request, reply) => {
    if (!corsFor(request, publicReads, prefix)) return;
    reply.header('access-control-allow-origin', '*');
    if (request.method !== 'OPTIONS') reply.header('access-control-expose-headers', exposedHeaders);
  });
  for (const path of paths) {
    const allow = allowHeader(path);
    api.route({
      method: 'OPTIONS',
      url: path.route,
      handler: async (_request, reply) => {
        reply.header('allow', allow);
        if (path.publicRead)
          reply
            .header('access-control-allow-methods', 'GET, HEAD')
            .header('access-control-allow-headers', 'Accept-Language, If-None-Match')
            .header('access-control-max-age', preflightMaxAge);
        return reply.status(204).send();
      },
    });
    const missing = knownMethods.filter((m) => !path.methods.includes(m));
    if (missing.length === 0) continue;
    api.route({
      method: missing,
      url: path.route,
      handler: async (request, reply) => {
        reply.header('allow', allow);
        throw new AppError('method_not_allowed', {
          detail: `${request.method} is not possible on this path; use ${allow}.`,
        });
      },
    });
  }
}

/**
 * Refuses a body in a media type the operation does not take with 415 (RFC 9110), before any
 * field is looked at: a form post or plain text is not "some fields are wrong".
 */
export function assertBodyMediaType(request: FastifyRequest, operation: ApiOperation): void {
  if (!operation.body) return;
  const header = request.headers['content-type'];
  if (header === undefined && (request.body === undefined || request.body === null)) return;
  const media = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const accepted = ['application/json', ...(operation.mergePatch ? ['application/merge-patch+json'] : [])];
  if (!accepted.includes(media))
    throw new AppError('unsupported_media_type', {
      detail: `Send the body as ${accepted.join(' or ')}${media ? `, not ${media}` : ''}.`,
    });
}
