import type { Command } from 'commander';
import { assertOperatorConfigured, ConfigError, loadConfig } from '../../config.ts';
import { loadKnowledge } from '../../content-files/load-knowledge.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { openStorage } from '../../storage/open-storage.ts';
import { buildApp } from '../../web/app.ts';
import { createLogger } from '../../web/logger.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import type { CliCommand } from './index.ts';

export interface ServeOptions {
  demo?: boolean;
  port?: string;
  /** Stops the server when aborted (tests); SIGINT and SIGTERM always do. */
  signal?: AbortSignal;
  /** Where development secrets are kept (tests); default `data/secrets.json`. */
  secretsFile?: string;
}

/**
 * Starts the web server: validates the configuration, opens (and migrates) the database,
 * loads the knowledge base, seeds demo data with `--demo`, listens, and prints the URL.
 * Resolves when the server has shut down after SIGINT/SIGTERM or `signal`.
 */
export async function serve(options: ServeOptions, io: CliIo): Promise<void> {
  const env = { ...io.env, ...(options.port !== undefined ? { PORT: options.port } : {}) };
  let config;
  try {
    config = loadConfig(env, { demo: options.demo ?? false, secretsFile: options.secretsFile });
    assertOperatorConfigured(config);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliUsageError(error.message);
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const knowledge = loadKnowledge();
  const storage = await openStorage({
    url: config.databaseUrl,
    limits: config.databaseLimits,
    onConnectionError: (error) =>
      logger.warn({ err: error }, 'database closed an idle connection; the pool opens a new one when needed'),
  });
  const proxyWarning = loopbackProxyWarning(config);
  if (proxyWarning) logger.warn(proxyWarning);
  let app;
  try {
    if (options.demo) {
      const { demoLogin } = await seedDemo(
        { db: storage.db, clock: () => new Date() },
        { rotateDemoPassword: true },
      );
      io.stdout.write(
        `Demo login for ${demoLogin.organisation}: ${demoLogin.email}  password: ${demoLogin.password ?? '(unchanged)'}\n`,
      );
    }
    app = await buildApp({ config, storage, knowledge, clock: () => new Date(), logger });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  io.stdout.write(
    `Datalekwijzer is running at http://${shown.includes(':') ? `[${shown}]` : shown}:${port}\n`,
  );
  if (config.baseUrl !== `http://${shown}:${config.port}`)
    io.stdout.write(`Public address: ${config.baseUrl}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) stop();
    app.server.once('close', () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    });
  });
  io.stdout.write('Stopping…\n');
  await app.close();
  await storage.close();
}

/**
 * In production, listening on loopback almost always means a reverse proxy in front. Without TRUST_PROXY every
 * request then seems to come from the proxy's address, so per-client limits count all visitors
 * as one client. Said once at start-up; the sign-in never refuses a correct password on the
 * client's count alone, so this costs fairness of the limits, not access.
 */
export function loopbackProxyWarning(config: {
  host: string;
  trustProxy: unknown;
  mode: string;
}): string | undefined {
  // A demo or development run on one's own machine listens on loopback with no proxy in front.
  if (config.mode !== 'production') return undefined;
  const loopback = config.host === 'localhost' || config.host === '::1' || config.host.startsWith('127.');
  if (!loopback || config.trustProxy !== false) return undefined;
  return 'Listening on a loopback address with TRUST_PROXY unset: behind a reverse proxy every visitor counts as the same client for rate limits. Set TRUST_PROXY (e.g. 1) when a proxy sits in front (docs/configuration.md).';
}

export const serveCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('serve')
      .description('Start the web server (DATABASE_URL, PORT, HOST and more: see docs/configuration.md)')
      .option('--demo', 'development secrets, and demo data with a demo login')
      .option('--port <port>', 'port to listen on (overrides PORT; 0 picks a free port)')
      .action(async (options: { demo?: boolean; port?: string }) => {
        await serve(options, io);
      });
  },
};
