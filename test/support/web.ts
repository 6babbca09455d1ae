import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import type { Knowledge } from '../../src/core/knowledge/index.ts';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';
import { buildApp } from '../../src/web/app.ts';

const testSecret = 'a-test-secret-of-more-than-thirty-two-bytes';

/** A production-mode configuration for tests; `overrides` are environment variables. */
export function buildConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: testSecret,
    CODE_SECRET: testSecret,
    DATABASE_URL: 'sqlite::memory:',
    BASE_URL: 'https://datalekwijzer.test',
    LOG_LEVEL: 'silent',
    // A production start needs an operator (GDPR Art. 13); made up for the tests.
    OPERATOR_NAME: 'Stichting Testbeheer',
    OPERATOR_ADDRESS: 'Postbus 123, 1000 AB Amsterdam',
    OPERATOR_CONTACT: 'info@testbeheer.example',
    OPERATOR_PRIVACY_CONTACT: 'privacy@testbeheer.example',
    ...overrides,
  });
}

let knowledge: Knowledge | undefined;
/** The real knowledge base from content/, read once per test file. */
export function testKnowledge(): Knowledge {
  knowledge ??= loadKnowledge();
  return knowledge;
}

export interface TestApp {
  app: FastifyInstance;
  storage: Storage;
  close(): Promise<void>;
}

/**
 * The real app on an in-memory database, not listening (use `app.inject`). `extend` may add
 * test-only routes before the app is made ready.
 */
export async function buildTestApp(
  options: {
    env?: Record<string, string>;
    extend?: (app: FastifyInstance) => void;
    logger?: FastifyBaseLogger;
  } = {},
): Promise<TestApp> {
  const config = buildConfig(options.env);
  const storage = await openStorage({ url: config.databaseUrl });
  const app = await buildApp({
    config,
    storage,
    knowledge: testKnowledge(),
    clock: () => new Date('2026-11-25T12:00:00Z'),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    storage,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}

/** Every `src`, `href` and `action` URL in an HTML document, with the tag it is on. */
export function referencedUrls(document: string): { tag: string; attribute: string; url: string }[] {
  const found: { tag: string; attribute: string; url: string }[] = [];
  for (const match of document.matchAll(/<([a-z]+)\b[^>]*>/gi)) {
    const tag = (match[1] ?? '').toLowerCase();
    for (const attribute of match[0].matchAll(/\s(src|href|action|srcset|poster|data)="([^"]*)"/gi)) {
      found.push({ tag, attribute: (attribute[1] ?? '').toLowerCase(), url: attribute[2] ?? '' });
    }
  }
  return found;
}

/**
 * An HTML document with whitespace collapsed and `/>` written as `>`, so tests can match
 * markup without depending on how the formatter laid out the templates.
 */
export function normalizeHtml(document: string): string {
  return document
    .replace(/\s+/g, ' ')
    .replace(/\s*\/>/g, '>')
    .replace(/\s+>/g, '>')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<');
}
