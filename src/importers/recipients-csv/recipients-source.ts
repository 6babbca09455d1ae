import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../errors/catalogue.ts';
import { convertXlsxToCsv, isZipFile } from './xlsx-to-csv.ts';

/** How the rows of a recipients file were read: CSV as given, or one sheet of a workbook. */
export interface RecipientsSource {
  /** The CSV the job reads: the file itself, or the sheet written out as UTF-8 CSV. */
  csvPath: string;
  kind: 'csv' | 'xlsx';
  /** The sheet that was read, for a workbook. */
  sheet?: string;
}

/** The name of the CSV a workbook's sheet is written to, inside the job's private folder. */
export const workbookCsvName = 'recipients-from-workbook.csv';

/**
 * Gives the CSV to read for a recipients file: a CSV as it is, an `.xlsx` workbook (found by
 * its bytes, not its name) as the chosen sheet written to `workDir`. The written copy holds
 * the same personal data as the workbook and lives in the job's private folder.
 */
export async function recipientsSource(
  path: string,
  workDir: string,
  options: { sheet?: string } = {},
): Promise<RecipientsSource> {
  if (!(await isZipFile(path))) {
    if (options.sheet !== undefined)
      throw new AppError('validation_failed', {
        detail: '--sheet is only for an Excel workbook (.xlsx); this file is a CSV.',
        fieldErrors: [
          {
            path: 'sheet',
            message: {
              nl: 'Een werkblad kiezen kan alleen bij een Excel-bestand (.xlsx). Dit bestand is een CSV.',
              en: 'A sheet can only be chosen for an Excel workbook (.xlsx). This file is a CSV.',
            },
          },
        ],
      });
    return { csvPath: path, kind: 'csv' };
  }
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  const csvPath = join(workDir, workbookCsvName);
  const converted = await convertXlsxToCsv(path, csvPath, options);
  return { csvPath, kind: 'xlsx', sheet: converted.sheet };
}
