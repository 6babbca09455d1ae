import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { AppError } from '../../errors/catalogue.ts';
import {
  parseCsvFields,
  splitCsvRecords,
  type RecipientFileHead,
} from '../../importers/recipients-csv/index.ts';

/**
 * The private folders of workspace letter jobs under LETTERS_DIR. One folder per upload holds
 * the uploaded recipients file (names, addresses, e-mail addresses) only while letters are made,
 * then the outputs until they are deleted or expire. Folders are readable by the server's user
 * only; their names are random and never shown to anyone outside the organisation.
 */
export interface UploadMeta {
  uploadId: string;
  breachId: string;
  organisationId: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

const uploadIdPattern = /^[a-f0-9]{32}$/;

export function letterFolder(root: string, uploadId: string) {
  if (!uploadIdPattern.test(uploadId)) throw new AppError('not_found');
  const folder = join(resolve(root), uploadId);
  return {
    folder,
    meta: join(folder, 'upload.json'),
    /** The uploaded file, as sent. */
    input: join(folder, 'recipients.csv'),
    /** Only the rows of the chosen groups, for a round to some groups. */
    roundInput: join(folder, 'round-recipients.csv'),
    /** An uploaded Excel workbook as sent, kept so another sheet can be chosen; `input` holds the chosen sheet. */
    workbook: join(folder, 'recipients.xlsx'),
    out: join(folder, 'out'),
  };
}

/** Makes a new private folder for an upload and returns its id. */
export async function createUploadFolder(root: string): Promise<string> {
  const uploadId = randomBytes(16).toString('hex');
  await mkdir(resolve(root), { recursive: true, mode: 0o700 });
  await mkdir(letterFolder(root, uploadId).folder, { mode: 0o700 });
  return uploadId;
}

export async function writeUploadMeta(root: string, meta: UploadMeta): Promise<void> {
  await writeFile(letterFolder(root, meta.uploadId).meta, `${JSON.stringify(meta)}\n`, { mode: 0o600 });
}

/** The upload's facts, or `not_found` when the folder is gone (deleted, expired, never made). */
export async function readUploadMeta(root: string, uploadId: string): Promise<UploadMeta> {
  try {
    return JSON.parse(await readFile(letterFolder(root, uploadId).meta, 'utf8')) as UploadMeta;
  } catch {
    throw new AppError('not_found');
  }
}

/** Deletes the recipients files of an upload; the outputs stay. */
export async function deleteInputFiles(root: string, uploadId: string): Promise<void> {
  const paths = letterFolder(root, uploadId);
  await rm(paths.input, { force: true });
  await rm(paths.roundInput, { force: true });
  await rm(paths.workbook, { force: true });
}

/** Deletes an upload's folder with everything in it. */
export async function deleteFolder(root: string, uploadId: string): Promise<void> {
  await rm(letterFolder(root, uploadId).folder, { recursive: true, force: true });
}

/**
 * Copies the header and the rows of the chosen groups to `target`, byte for byte, streaming.
 * Rows that cannot be read are kept, so the letter job reports them instead of losing them.
 */
export async function copyRowsOfGroups(
  source: string,
  target: string,
  head: RecipientFileHead,
  groupColumn: number,
  groups: readonly string[],
): Promise<{ kept: number; leftOut: number }> {
  const wanted = new Set(groups.map((g) => g.trim().toLowerCase()));
  const out = createWriteStream(target, { mode: 0o600 });
  const write = async (bytes: Buffer | string) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const headStream = createReadStream(source, { start: 0, end: head.dataOffset - 1 });
  for await (const chunk of headStream) await write(chunk as Buffer);
  let kept = 0;
  let leftOut = 0;
  const input = createReadStream(source, { start: head.dataOffset, highWaterMark: 256 * 1024 });
  for await (const record of splitCsvRecords(input, {
    delimiter: head.format.delimiter.charCodeAt(0),
    startOffset: head.dataOffset,
    startLine: head.dataLine,
  })) {
    if (!record.malformed) {
      const fields = parseCsvFields(record.bytes.toString('utf8'), head.format.delimiter);
      const group = fields[groupColumn]?.trim().toLowerCase();
      if (fields.length === head.headers.length && group !== undefined && !wanted.has(group)) {
        leftOut++;
        continue;
      }
    }
    kept++;
    await write(record.bytes);
    await write('\n');
  }
  out.end();
  await once(out, 'close');
  return { kept, leftOut };
}
