import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { systemActor } from '../../../src/core/access/actor.ts';
import type { BreachRecord } from '../../../src/core/breaches/breach.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildBreach, buildWorld } from '../../support/builders.ts';
import { openStorage, type Storage } from '../../../src/storage/open-storage.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildConfig, testKnowledge, type TestApp } from '../../support/web.ts';

/** The fixed time of the workspace tests. */
export const testNow = new Date('2026-11-25T12:00:00Z');

/**
 * The app with two organisations (A and B), their members, an administrator, and a draft breach
 * each. `storage` defaults to a fresh in-memory SQLite database; pass one from `testDatabases`
 * to run on PostgreSQL too.
 */
export async function workspaceWorld(storageArg?: Storage): Promise<
  TestApp & {
    world: Awaited<ReturnType<typeof buildWorld>>;
    breachA: BreachRecord;
    breachB: BreachRecord;
    deps: { db: TestApp['storage']['db']; clock: () => Date; sessionSecret: string };
  }
> {
  const config = buildConfig();
  const storage = storageArg ?? (await openStorage({ url: config.databaseUrl }));
  const app = await buildApp({ config, storage, knowledge: testKnowledge(), clock: () => testNow });
  await app.ready();
  const testApp: TestApp = {
    app,
    storage,
    async close() {
      await app.close();
      if (!storageArg) await storage.close();
    },
  };
  const deps = { db: storage.db, clock: () => testNow, sessionSecret: config.sessionSecret };
  const world = await buildWorld(deps);
  const breachA = await registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgA.id) });
  const breachB = await registerBreach(deps, { actor: systemActor, ...buildBreach(world.orgB.id) });
  return { ...testApp, world, breachA, breachB, deps };
}

/** The value of the first `_csrf` hidden field in a page. */
export function csrfOf(body: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(body);
  if (!match?.[1]) throw new Error('No CSRF field on the page');
  return match[1];
}

function cookiePairs(response: LightMyRequestResponse): string[] {
  return response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`);
}

/** Form-encodes fields; arrays become repeated keys. */
export function encodeForm(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  return params.toString();
}

/** A signed-in browser-like client: keeps the session cookie and reads CSRF tokens from pages. */
export interface Client {
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  /** Posts a form with the CSRF token of `formPage` (default: the same URL). */
  post(
    url: string,
    fields: Record<string, string | string[]>,
    formPage?: string,
  ): Promise<LightMyRequestResponse>;
  /** Posts without fetching a token first; `fields` must carry any `_csrf` itself. */
  postRaw(url: string, fields: Record<string, string | string[]>): Promise<LightMyRequestResponse>;
}

export function clientWith(app: FastifyInstance, cookie: string): Client {
  const client: Client = {
    cookie,
    get: (url) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} }),
    async post(url, fields, formPage) {
      const page = await client.get(formPage ?? url);
      return client.postRaw(url, { _csrf: csrfOf(page.body), ...fields });
    },
    postRaw: (url, fields) =>
      app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
        payload: encodeForm(fields),
      }),
  };
  return client;
}

/** Signs in through the real form and returns a client holding the session cookie. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const form = await app.inject({ method: 'GET', url: '/werkruimte/inloggen' });
  const anonymous = cookiePairs(form).join('; ');
  const response = await app.inject({
    method: 'POST',
    url: '/werkruimte/inloggen',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: anonymous },
    payload: encodeForm({ _csrf: csrfOf(form.body), email, password }),
  });
  const session = response.cookies.find((cookie) => cookie.name === 'dlw_session');
  if (response.statusCode !== 303 || !session) throw new Error(`Sign-in failed: ${response.statusCode}`);
  return clientWith(app, `dlw_session=${session.value}`);
}
