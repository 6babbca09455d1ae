import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { createAsset, type AssetStore } from './assets/asset-store.ts';
import { buildStylesheet } from './assets/stylesheet.ts';
import type { RouteDeps, WebDeps } from './deps.ts';
import { registerErrorHandling, sendError, toAppError } from './errors.ts';
import { clientErrorHandler } from './client-errors.ts';
import { registerInputGuard } from './input-guard.ts';
import { registerSearchShedding } from './load-shedding.ts';
import { registerRateLimit } from './rate-limit.ts';
import { routeModules } from './routes/index.ts';
import { registerSecurityHeaders, securityHeaders } from './security-headers.ts';

/** Builds the static assets once: the themed stylesheet and the checklist script. */
export function buildAssets(options: { theme: string | undefined }): AssetStore {
  const stylesheet = buildStylesheet({ tokensFile: options.theme });
  const checklistScript = createAsset(
    'checklist.js',
    'text/javascript; charset=utf-8',
    readFileSync(new URL('./assets/checklist.js', import.meta.url)),
  );
  return {
    stylesheet,
    checklistScript,
    byUrl: new Map([stylesheet, checklistScript].map((asset) => [asset.url, asset])),
  };
}

/**
 * Builds the web app from its dependencies without listening; `serve` listens, tests use
 * `app.inject`. Nothing is opened here: storage and knowledge arrive ready.
 * @example const app = await buildApp({ config, storage, knowledge, clock: () => new Date() });
 */
export async function buildApp(deps: WebDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const hops = config.trustProxy;
  const assets = buildAssets({ theme: config.theme });
  const site = { assets, baseUrl: config.baseUrl, sourceUrl: config.sourceUrl, operator: config.operator };
  const headers = securityHeaders({ https: config.baseUrl.startsWith('https://') });
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    // A hop count becomes the equivalent function (fastify's types leave out numbers).
    trustProxy: typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : hops,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Bad percent-encoding (400) and a too-long path segment (414) get the app's own answer.
    frameworkErrors: (error, request, reply) =>
      sendError(request, reply.headers({ ...headers, 'cache-control': 'no-store' }), site, toAppError(error)),
    // Errors before a request exists (431 header overflow, malformed HTTP) likewise.
    clientErrorHandler: clientErrorHandler(site),
  });
  const routeDeps: RouteDeps = { ...deps, assets, site };

  registerSecurityHeaders(app, { https: config.baseUrl.startsWith('https://') });
  registerErrorHandling(app, site);
  registerInputGuard(app);
  registerSearchShedding(app, { max: config.searchConcurrency });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await registerRateLimit(app);
  for (const register of routeModules) await register(app, routeDeps);
  return app;
}
