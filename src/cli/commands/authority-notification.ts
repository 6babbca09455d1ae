import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { buildAuthorityNotification } from '../../core/authority-notification/build-authority-notification.ts';
import { parseAuthorityNotificationRequest } from '../../core/authority-notification/input-schema.ts';
import { toAuthorityNotificationInput } from '../../core/authority-notification/to-input.ts';
import { renderAuthorityNotificationPdf } from '../../pdf/authority-notification-pdf.ts';
import { CliUsageError, type CliIo } from '../io.ts';
import { langFlag, langOption } from '../lang-option.ts';
import { invalidInputError, readJsonInput } from '../read-json-input.ts';
import type { CliCommand } from './index.ts';

interface Flags {
  json?: boolean;
  pdf?: string;
  lang: string;
}

/**
 * `datalekwijzer authority-notification [file] [--json] [--pdf out.pdf] [--lang nl|en]`: builds
 * one phase of the notification to the authority (Art. 33(3)) from a request (docs/assessment.md).
 */
export const authorityNotificationCommand: CliCommand = {
  register(program: Command, io: CliIo) {
    program
      .command('authority-notification')
      .description(
        'Prepare the notification to the Dutch Data Protection Authority (Art. 33(3) GDPR) as JSON or PDF, with what is still missing.',
      )
      .argument('[file]', 'JSON file with the request, or - for standard input', '-')
      .option('--json', 'print the notification as JSON')
      .option('--pdf <file>', 'write the notification as a PDF to this file')
      .addOption(langOption('the PDF and summary'))
      .action(async (file: string, flags: Flags) => {
        const lang = langFlag(flags.lang);
        const parsed = parseAuthorityNotificationRequest(await readJsonInput(file, io));
        if (!parsed.ok) throw invalidInputError('notification request', parsed.errors);
        const notification = buildAuthorityNotification(toAuthorityNotificationInput(parsed.value));
        if (flags.pdf) {
          const bytes = await renderAuthorityNotificationPdf(notification, { lang });
          try {
            await writeFile(flags.pdf, bytes);
          } catch (error) {
            throw new CliUsageError(
              `Cannot write ${flags.pdf}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
            );
          }
        }
        if (flags.json) io.stdout.write(`${JSON.stringify(notification, null, 2)}\n`);
        else
          io.stdout.write(
            `${notification.phaseLabel[lang]}: ${notification.completeness.statement[lang]}\n` +
              (flags.pdf ? `PDF: ${flags.pdf}\n` : ''),
          );
      });
  },
};
