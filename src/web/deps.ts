import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import type { Storage } from '../storage/open-storage.ts';
import type { AssetStore } from './assets/asset-store.ts';
import type { SiteContext } from './page.ts';

/** What the web app is built from; all passed in, so tests control each part. */
export interface WebDeps {
  config: Config;
  storage: Storage;
  knowledge: Knowledge;
  /** The current time; tests pass a fixed clock. */
  clock: () => Date;
  /** Structured logger (pino); omitted means silent. */
  logger?: FastifyBaseLogger;
}

/** What route files receive: the app's dependencies plus the built static assets. */
export interface RouteDeps extends WebDeps {
  assets: AssetStore;
  /** What every page needs to render its layout. */
  site: SiteContext;
}

/** A route file: registers the routes of one page or resource group. */
export type RouteModule = (app: FastifyInstance, deps: RouteDeps) => void | Promise<void>;
