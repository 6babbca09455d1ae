import {
  encodingFromLabel,
  inputNote,
  type RecipientEncoding,
} from '../../../importers/recipients-csv/index.ts';
import type { LetterJobRow } from '../../../storage/repositories/letter-jobs.ts';
import type { JobSettings } from '../../../letters-pipeline/letter-settings.ts';
import { CliUsageError } from '../../io.ts';

/** Exit status of `letters generate` when another process is already running the same job. */
export const alreadyRunningExitCode = 4;

/** `--encoding`: a known label, or a usage error that lists them. */
export function encodingFlag(label: string | undefined): RecipientEncoding | undefined {
  if (label === undefined) return undefined;
  const encoding = encodingFromLabel(label);
  if (!encoding)
    throw new CliUsageError(
      `--encoding expects utf-8 or windows-1252 (also: cp1252, iso-8859-1, latin1), not "${label}".`,
    );
  return encoding;
}

/**
 * What the job reads and how: the encoding and why, the sheet of a workbook, and the column
 * mapping as a file that `--mapping` takes (printed when the mapping was guessed).
 */
export function describeInput(job: LetterJobRow, recipients: string, guessed: boolean): string {
  const settings = JSON.parse(job.settings_json) as JobSettings;
  const note = inputNote({ ...settings.source, encoding: settings.encoding ?? 'utf-8' });
  const what = `${recipients}: ${note.en}\nNL: ${note.nl}`;
  const mapping = JSON.stringify(settings.mapping, null, 2);
  return (
    `${what}\n` +
    (guessed
      ? `Column mapping, guessed from the headers (save it to a file and give --mapping to change it):\n${mapping}\n`
      : `Column mapping:\n${mapping}\n`)
  );
}
