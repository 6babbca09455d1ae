import { getLetterJobProgress, outputPaths, resendRetrying } from '../../../letters-pipeline/index.ts';
import { CliUsageError, type CliIo } from '../../io.ts';
import { config, explain, jobDeps, retryingAdvice, withStorage } from './shared.ts';

/** `letters resend`: sends again the e-mails the mail server refused for now. */
export async function resend(
  flags: { job: string; recipients: string; smtp?: string },
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const cfg = config(io);
  const smtpUrl = flags.smtp ?? io.env.SMTP_URL;
  if (!smtpUrl)
    throw new CliUsageError('resend needs --smtp <url> or SMTP_URL, e.g. smtp://mail.example.nl:587.');
  await withStorage(cfg, async (storage) => {
    const totals = await resendRetrying(jobDeps(cfg, storage), {
      jobId: flags.job,
      recipientsPath: flags.recipients,
      smtpUrl,
    }).catch(explain);
    const progress = await getLetterJobProgress(storage.db, flags.job);
    if (totals.tried === 0) {
      io.stdout.write(
        `Nothing to send again: job ${flags.job} has no messages with status retrying.\n` +
          'NL: Er is niets opnieuw te versturen.\n',
      );
    } else {
      io.stdout.write(
        `Sent again ${totals.tried} messages: ${totals.sent} sent, ${totals.failed} refused for good, ` +
          `${totals.retrying} still refused for now.\n` +
          `NL: ${totals.tried} berichten opnieuw verstuurd: ${totals.sent} aangenomen, ${totals.failed} definitief geweigerd, ` +
          `${totals.retrying} nog steeds tijdelijk geweigerd.\n` +
          `Manifest with the delivery status of every message: ${outputPaths(progress.outDir).manifest}\n`,
      );
    }
    if (progress.retrying > 0) {
      io.stdout.write(retryingAdvice(progress.retrying, flags.job, flags.recipients));
      state.exitCode = 1;
    }
  });
}
