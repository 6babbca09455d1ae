import { resolve } from 'node:path';
import {
  readRecipientFileHead,
  recipientsSource,
  type RecipientEncoding,
  type RecipientFileHead,
  type RecipientsSource,
} from '../importers/recipients-csv/index.ts';

/** How the operator asked to read the recipients file (`--encoding`, `--sheet`). */
export interface RecipientsInputOptions {
  encoding?: RecipientEncoding;
  sheet?: string;
}

/**
 * The CSV a job reads and its head: the file itself, or the chosen sheet of a workbook written
 * as UTF-8 CSV into the job's output folder (the same bytes on every run, so a resumed job
 * proves it reads the same rows). The encoding is detected over the whole file unless chosen.
 */
export async function openRecipientsInput(
  path: string,
  outDir: string,
  options: RecipientsInputOptions = {},
): Promise<{ recipientsPath: string; head: RecipientFileHead; source: Omit<RecipientsSource, 'csvPath'> }> {
  const { csvPath, ...source } = await recipientsSource(
    resolve(path),
    outDir,
    options.sheet ? { sheet: options.sheet } : {},
  );
  // A sheet written out by us is UTF-8 whatever the operator said about the workbook's encoding.
  const encoding = source.kind === 'csv' ? options.encoding : 'utf-8';
  const head = await readRecipientFileHead(csvPath, encoding ? { encoding } : {});
  return { recipientsPath: csvPath, head, source };
}
