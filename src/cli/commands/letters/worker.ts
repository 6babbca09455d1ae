import { CliUsageError, type CliIo } from '../../io.ts';
import { config, jobDeps, wholeNumber, withStorage } from './shared.ts';

/** `letters worker`: renders shards queued by `letters generate --distributed` until stopped. */
export async function worker(flags: { concurrency: string }, io: CliIo): Promise<void> {
  const cfg = config(io);
  if (!cfg.databaseUrl.startsWith('postgres'))
    throw new CliUsageError(
      'A letters worker takes shards from PostgreSQL: set DATABASE_URL to postgres://….',
    );
  const concurrency = wholeNumber(flags.concurrency, '--concurrency', 1);
  const { runLetterWorker } = await import('../../../letters-pipeline/shard-queue.ts');
  await withStorage(cfg, async (storage) => {
    const running = await runLetterWorker(jobDeps(cfg, storage), {
      databaseUrl: cfg.databaseUrl,
      concurrency,
      log: (line) => io.stderr.write(`${line}\n`),
    });
    io.stderr.write(`Letters worker ${running.id} is waiting for shards. Stop it with Ctrl+C.\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.stop();
  });
}
