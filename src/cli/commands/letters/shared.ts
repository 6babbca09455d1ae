import { ConfigError, loadConfig, type Config } from '../../../config.ts';
import { loadKnowledge } from '../../../content-files/load-knowledge.ts';
import { AppError } from '../../../errors/catalogue.ts';
import type { LetterJobDeps } from '../../../letters-pipeline/index.ts';
import { openStorage, type Storage } from '../../../storage/open-storage.ts';
import { CliUsageError, type CliIo } from '../../io.ts';

// What the letters subcommands share: option parsing, configuration, storage and messages.

/** A whole-number option of at least `min`, or a usage error naming the flag. */
export function wholeNumber(value: string, flag: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new CliUsageError(`${flag} expects a whole number of at least ${min}, not "${value}".`);
  return Number(value);
}

/** Minutes as a whole or decimal number (`30`, `0.5`); 0 means "never". */
export function minutes(value: string, flag: string): number {
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new CliUsageError(
      `${flag} expects a number of minutes (0 or more, e.g. 30 or 0.5), not "${value}".`,
    );
  return Number(value);
}

/** The validated configuration, or a usage error that says which variable is wrong. */
export function config(io: CliIo): Config {
  try {
    return loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliUsageError(error.message);
    throw error;
  }
}

/** What every letters command gives the pipeline: the database, secret, knowledge base and clock. */
export function jobDeps(
  cfg: Config,
  storage: Storage,
): LetterJobDeps & { knowledge: ReturnType<typeof loadKnowledge> } {
  return {
    db: storage.db,
    codeSecret: cfg.codeSecret,
    knowledge: loadKnowledge(),
    baseUrl: cfg.baseUrl,
    now: () => new Date(),
  };
}

/** Turns a catalogue error into a usage error that lists every field at once. */
export function explain(error: unknown): never {
  if (error instanceof AppError) {
    const lines = [
      error.detail ?? error.message,
      ...error.fieldErrors.map((f) => `  - ${f.path}: ${f.message.en}`),
    ];
    throw new CliUsageError(lines.join('\n'));
  }
  throw error;
}

export async function withStorage<T>(cfg: Config, run: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage({ url: cfg.databaseUrl });
  try {
    return await run(storage);
  } finally {
    await storage.close();
  }
}

/** What to do about messages the mail server refused for now, in English and Dutch. */
export function retryingAdvice(retrying: number, jobId: string, recipients: string): string {
  return (
    `${retrying} messages were refused for now by the mail server (status retrying, in the manifest). ` +
    `Send them later with: datalekwijzer letters resend --job ${jobId} --recipients ${recipients}\n` +
    `NL: ${retrying} berichten zijn nog niet aangenomen door de mailserver. Verstuur ze later opnieuw met het commando hierboven.\n`
  );
}
