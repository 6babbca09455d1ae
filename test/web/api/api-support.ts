import assert from 'node:assert/strict';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { systemActor } from '../../../src/core/access/actor.ts';
import { loadBreach } from '../../../src/storage/repositories/breaches.ts';
import { createApiToken } from '../../../src/use-cases/create-api-token.ts';
import { publishBreach } from '../../../src/use-cases/publish-breach.ts';
import { registerBreach } from '../../../src/use-cases/register-breach.ts';
import { buildApp } from '../../../src/web/app.ts';
import { buildBreach, buildWorld, testDeps } from '../../support/builders.ts';
import type { TestDatabase } from '../../support/databases.ts';
import { buildConfig, testKnowledge } from '../../support/web.ts';

type Json = Record<string, unknown>;

/**
 * Checks every response against the OpenAPI document the app serves: the status must be
 * documented for the operation, and the body must match the documented schema (JSON Schema
 * 2020-12, with formats). A response that drifts from the document fails the test.
 */
export class DocumentChecker {
  readonly checked = new Set<string>();
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; pattern: RegExp; operation: Json }[] = [];

  constructor(readonly document: Json) {
    addFormats.default(this.ajv);
    this.ajv.addSchema(document, 'openapi');
    for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      const pattern = new RegExp(`^/api/v1${template.replace(/\{[A-Za-z]+\}/g, '[^/]+')}$`);
      for (const [method, operation] of Object.entries(item))
        this.routes.push({ method: method.toUpperCase(), template, pattern, operation });
    }
    // Static paths first, so `/breaches/import/hibp` is not taken for `/breaches/{breachId}/…`.
    this.routes.sort((a, b) => (a.template.includes('{') ? 1 : 0) - (b.template.includes('{') ? 1 : 0));
  }

  /** The operation of a request, or undefined when the document does not describe it. */
  operationOf(method: string, url: string): { template: string; operation: Json } | undefined {
    const path = url.split('?')[0] ?? '';
    return this.routes.find((r) => r.method === method && r.pattern.test(path));
  }

  check(method: string, url: string, response: LightMyRequestResponse): void {
    const found = this.operationOf(method, url);
    assert.ok(found, `${method} ${url} is not in the OpenAPI document`);
    const key = `${method} ${found.template} ${response.statusCode}`;
    const responses = found.operation.responses as Record<string, Json>;
    const documented = responses[String(response.statusCode)];
    assert.ok(documented, `${key}: status not documented (body: ${response.body.slice(0, 300)})`);
    assert.equal(
      response.headers['api-version'],
      (this.document.info as Json).version,
      `${key}: API-Version`,
    );
    const componentHeaders = ((this.document.components as Json).headers ?? {}) as Record<string, Json>;
    for (const [name, spec] of Object.entries((documented.headers ?? {}) as Record<string, Json>)) {
      const ref = typeof spec.$ref === 'string' ? spec.$ref.replace('#/components/headers/', '') : undefined;
      const resolved = ref === undefined ? spec : componentHeaders[ref];
      if (resolved?.required === true)
        assert.ok(response.headers[name.toLowerCase()], `${key}: required header ${name} missing`);
    }
    const content = documented.content as Record<string, { schema: Json }> | undefined;
    if (!content) return;
    const contentType = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
    const media = content[contentType];
    assert.ok(media, `${key}: content type ${contentType} not documented`);
    const validator = this.validatorFor(found.template, found.operation, response.statusCode, contentType);
    const body: unknown = JSON.parse(response.body);
    assert.ok(
      validator(body),
      `${key}: body does not match the document: ${this.ajv.errorsText(validator.errors)}`,
    );
    this.checked.add(key);
  }

  private validatorFor(
    template: string,
    operation: Json,
    status: number,
    contentType: string,
  ): ValidateFunction {
    const key = `${template} ${String(operation.operationId)} ${status} ${contentType}`;
    let validator = this.validators.get(key);
    if (!validator) {
      const responses = operation.responses as Record<string, { content: Record<string, { schema: Json }> }>;
      const schema = responses[String(status)]?.content[contentType]?.schema ?? {};
      validator = this.ajv.compile(this.wrap(schema));
      this.validators.set(key, validator);
    }
    return validator;
  }

  /** References in the document are local (`#/components/…`); point them at the added document. */
  private wrap(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as Json;
  }
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The API of one test: inject calls, each response checked against the served document. */
export interface TestApi {
  app: FastifyInstance;
  checker: DocumentChecker;
  call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    options?: CallOptions,
  ): Promise<LightMyRequestResponse>;
}

export async function openTestApi(app: FastifyInstance): Promise<TestApi> {
  const served = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  assert.equal(served.statusCode, 200);
  const checker = new DocumentChecker(JSON.parse(served.body) as Json);
  return {
    app,
    checker,
    async call(method, url, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
      const response = await app.inject({
        method,
        url,
        headers,
        ...(options.body === undefined ? {} : { payload: options.body as object }),
      });
      checker.check(method, url, response);
      return response;
    },
  };
}

/**
 * The cast of the API tests on one engine: organisations A and B with people and tokens
 * (editor and viewer of A, editor of B), a draft and a published breach in each, and the app.
 */
export async function apiWorld(engine: TestDatabase) {
  const storage = await engine.open();
  const { deps, clock } = testDeps(storage.db);
  const world = await buildWorld(deps);
  const token = async (organisationId: string, role: 'editor' | 'viewer') =>
    (await createApiToken(deps, { actor: systemActor, organisationId, name: `${role} token`, role })).token;
  const tokens = {
    editorA: await token(world.orgA.id, 'editor'),
    viewerA: await token(world.orgA.id, 'viewer'),
    editorB: await token(world.orgB.id, 'editor'),
  };
  // Records as stored (lists in stored order), so tests can compare them after a call.
  const stored = async (breachId: string) => {
    const breach = await loadBreach(storage.db, breachId);
    assert.ok(breach);
    return breach;
  };
  const draft = async (organisationId: string) =>
    stored((await registerBreach(deps, { actor: systemActor, ...buildBreach(organisationId) })).id);
  const published = async (organisationId: string) => {
    const breach = await draft(organisationId);
    await publishBreach(deps, { actor: systemActor, breachId: breach.id, expectedVersion: breach.version });
    return stored(breach.id);
  };
  const breaches = {
    draftA: await draft(world.orgA.id),
    publishedA: await published(world.orgA.id),
    draftB: await draft(world.orgB.id),
    publishedB: await published(world.orgB.id),
  };
  const app = await buildApp({
    config: buildConfig(),
    storage,
    knowledge: testKnowledge(),
    clock: clock.now,
  });
  await app.ready();
  const api = await openTestApi(app);
  return {
    ...api,
    storage,
    deps,
    world,
    tokens,
    breaches,
    async close() {
      await app.close();
      await storage.dispose();
    },
  };
}

/** The `invalidParams` names of a problem response. */
export function invalidNames(response: LightMyRequestResponse): string[] {
  const problem = JSON.parse(response.body) as { invalidParams?: { name: string }[] };
  return (problem.invalidParams ?? []).map((p) => p.name).sort();
}

export function json<T = Json>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}
