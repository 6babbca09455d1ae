import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { loadKnowledge } from '../../src/content-files/load-knowledge.ts';
import { openStorage, type Storage } from '../../src/storage/open-storage.ts';
import { buildApp } from '../../src/web/app.ts';

/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, a fresh profile per
 * browser, the app on 127.0.0.1 at a free port, and axe-core with the WCAG 2.2 AA rules.
 */

const executablePath = process.env.DLW_CHROMIUM;

/** Why browser tests are skipped on this machine, or undefined when they run. */
export const browserSkip: string | undefined = executablePath
  ? undefined
  : 'DLW_CHROMIUM is not set: no Chromium to drive (run the tests with `npm test`, which finds /usr/bin/chromium)';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data dir; `javaScript: false` gives the no-script variant. */
export async function openBrowser(options: { javaScript?: boolean } = {}): Promise<TestBrowser> {
  if (!executablePath) throw new Error(browserSkip);
  const profile = await mkdtemp(join(tmpdir(), 'dlw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'nl-NL',
    viewport: { width: 390, height: 844 },
  });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the real app on 127.0.0.1, port 0, with an in-memory database and the real knowledge
 * base. `prepare` may fill the database first (say, with the demo register).
 */
export async function startTestServer(
  options: { prepare?: (storage: Storage) => Promise<void> } = {},
): Promise<TestServer> {
  const secret = 'test-secret-that-is-at-least-32-bytes-long';
  const config = loadConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: secret,
    CODE_SECRET: secret,
    DATABASE_URL: 'sqlite::memory:',
    PORT: '0',
    LOG_LEVEL: 'silent',
    OPERATOR_NAME: 'Stichting Testbeheer',
    OPERATOR_ADDRESS: 'Postbus 123, 1000 AB Amsterdam',
    OPERATOR_CONTACT: 'info@testbeheer.example',
    OPERATOR_PRIVACY_CONTACT: 'privacy@testbeheer.example',
  });
  const storage = await openStorage({ url: config.databaseUrl });
  await options.prepare?.(storage);
  const app = await buildApp({ config, storage, knowledge: loadKnowledge(), clock: () => new Date() });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await storage.close();
    },
  };
}

/** The WCAG 2.2 A and AA rule tags that axe-core checks. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page and returns its violations as readable lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('; ')}`,
  );
}

/** Presses Tab until the element with `id` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, id: string, limit = 300): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} was not reached with the Tab key`);
}

/** Presses Tab until a button whose text starts with `text` has focus; fails after `limit` presses. */
export async function tabToButton(page: Page, text: string, limit = 300): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent?.trim() : undefined,
    );
    if (focused?.startsWith(text)) return;
  }
  throw new Error(`the button "${text}" was not reached with the Tab key`);
}
