import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actorUserId, type Actor } from '../core/access/actor.ts';
import { validateCode } from '../core/codes/index.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import { AppError, type FieldError } from '../errors/catalogue.ts';
import { codeColumnMissing } from '../importers/recipients-csv/index.ts';
import {
  DuplicateIndex,
  guessMapping,
  isZipFile,
  kindResolver,
  readRecipientFileHead,
  readRecipients,
  convertXlsxToCsv,
  resolveMapping,
  type AmbiguousField,
  type RecipientEncoding,
  type RecipientMapping,
  type Rejection,
} from '../importers/recipients-csv/index.ts';
import { listLetterVariantRows } from '../storage/repositories/letter-variants.ts';
import type { Deps } from './deps.ts';
import { audit } from './support/audit.ts';
import { letterBreach } from './support/letter-access.ts';
import {
  createUploadFolder,
  letterFolder,
  readUploadMeta,
  writeUploadMeta,
} from './support/letter-folders.ts';
import { nextLetterRound } from './support/letter-rounds.ts';

/** What the mapping step shows before anything is checked. */
export interface RecipientsUpload {
  uploadId: string;
  headers: string[];
  suggested: RecipientMapping;
  /** Fields that more than one column could fill: left for the user to choose. */
  ambiguous: AmbiguousField[];
  /** The encoding the rows are read in, and whether it was detected or chosen. */
  encoding: RecipientEncoding;
  encodingChosen: boolean;
  /** Whether the upload was an Excel workbook (its first sheet is read, or the chosen one). */
  workbook: boolean;
  /** For a workbook: the sheet read, and all its sheets to choose from (in the workbook's order). */
  sheet?: string;
  sheets: string[];
  /** Whether this request read another sheet than before: the mapping is suggested anew. */
  sheetChanged: boolean;
  /** The round these letters would be: 2 and on are follow-ups that reuse codes. */
  round: number;
  /** The groups with a letter variant, to choose from for a follow-up. */
  groups: string[];
}

/** The validation report of a whole file: totals always add up, and the first rejected rows. */
export interface RecipientsCheck {
  received: number;
  accepted: number;
  rejected: number;
  /** Rows of groups left out of this round (a round to some groups). */
  leftOut: number;
  /** The first `limit` rejected rows, each with row, line and every field's reason. */
  rejections: Rejection[];
}

interface UploadOptions {
  actor: Actor;
  breachId: string;
  uploadId: string;
  /** The encoding chosen on the mapping page; detected over the whole file when absent. */
  encoding?: RecipientEncoding;
  /** The sheet chosen on the mapping page, for a workbook; the first (or the one read before) when absent. */
  sheet?: string;
}

async function upload(deps: Pick<Deps, 'db'> & { lettersDir: string }, options: UploadOptions) {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const meta = await readUploadMeta(deps.lettersDir, options.uploadId);
  if (meta.breachId !== breach.id) throw new AppError('not_found');
  const folder = letterFolder(deps.lettersDir, options.uploadId);
  const workbook = await workbookToCsv(folder, options.sheet);
  const encoding = workbook ? 'utf-8' : options.encoding;
  const head = await readRecipientFileHead(folder.input, encoding ? { encoding } : {});
  return { breach, path: folder.input, head, workbook };
}

interface WorkbookSheets {
  sheet: string;
  sheets: string[];
  changed: boolean;
}

/**
 * An uploaded Excel workbook becomes the upload's CSV (its first sheet, line N = row N), and
 * is kept beside it so another sheet can be chosen; the chosen sheet then replaces the CSV.
 * Every later step, and the letter job, read a CSV as from any other upload. Undefined for a
 * CSV upload.
 */
async function workbookToCsv(
  folder: ReturnType<typeof letterFolder>,
  wanted: string | undefined,
): Promise<WorkbookSheets | undefined> {
  const marker = join(folder.folder, 'workbook-sheet.txt');
  const list = join(folder.folder, 'workbook-sheets.json');
  let changed = false;
  if (await isZipFile(folder.input)) {
    await rename(folder.input, folder.workbook);
    changed = true;
  } else if (!existsSync(marker)) return undefined;
  const current = existsSync(marker) ? await readFile(marker, 'utf8') : undefined;
  // An upload from before sheets could be chosen kept no workbook: its one sheet stays.
  if (!existsSync(folder.workbook)) return { sheet: current ?? '', sheets: [current ?? ''], changed: false };
  if (changed || (wanted !== undefined && wanted !== current)) {
    const read = await convertXlsxToCsv(folder.workbook, folder.input, wanted ? { sheet: wanted } : {});
    await writeFile(marker, read.sheet, { mode: 0o600 });
    await writeFile(list, JSON.stringify(read.sheets), { mode: 0o600 });
    return { sheet: read.sheet, sheets: read.sheets, changed: read.sheet !== current };
  }
  const sheets = existsSync(list) ? (JSON.parse(await readFile(list, 'utf8')) as string[]) : [current ?? ''];
  return { sheet: current ?? '', sheets, changed: false };
}

/**
 * The headers of an uploaded recipients file with a suggested column mapping (editors and
 * owners of the breach's organisation; `not_found` for anyone else).
 */
export async function describeRecipientsUpload(
  deps: Pick<Deps, 'db'> & { lettersDir: string },
  options: UploadOptions,
): Promise<RecipientsUpload> {
  const { breach, head, workbook } = await upload(deps, options);
  const guess = guessMapping(head.headers);
  return {
    uploadId: options.uploadId,
    headers: head.headers,
    suggested: guess.mapping,
    ambiguous: guess.ambiguous,
    encoding: head.format.encoding ?? 'utf-8',
    encodingChosen: head.format.encodingReason === 'chosen',
    workbook: workbook !== undefined,
    ...(workbook ? { sheet: workbook.sheet } : {}),
    sheets: workbook?.sheets ?? [],
    sheetChanged: workbook?.changed ?? false,
    round: await nextLetterRound(deps.db, breach.id),
    groups: (await listLetterVariantRows(deps.db, breach.id)).map((v) => v.group),
  };
}

/**
 * Reads the whole uploaded file once, streaming, and reports every row that would be rejected
 * (row number, field and reason), without making letters or storing anything. A mapping that
 * does not fit the file gives `validation_failed` with every wrong field (`mapping.<field>`).
 */
export async function checkRecipientsFile(
  deps: Pick<Deps, 'db'> & { lettersDir: string; knowledge: Knowledge },
  options: UploadOptions & {
    mapping: RecipientMapping;
    format: 'pdf' | 'eml';
    groups?: readonly string[];
    limit?: number;
  },
): Promise<RecipientsCheck> {
  const { breach, path, head } = await upload(deps, options);
  const requirement = options.format === 'pdf' ? 'postal' : 'email';
  resolveMapping(options.mapping, head.headers, requirement);
  const round = await nextLetterRound(deps.db, breach.id);
  if (round > 1 && !options.mapping.code) {
    const error: FieldError = { path: 'mapping.code', message: codeColumnMissing };
    throw new AppError('validation_failed', { fieldErrors: [error] });
  }
  const allGroups = (await listLetterVariantRows(deps.db, breach.id)).map((v) => v.group);
  const chosen = (options.groups ?? allGroups).map((g) => g.toLowerCase());
  const limit = options.limit ?? 100;
  const result: RecipientsCheck = { received: 0, accepted: 0, rejected: 0, leftOut: 0, rejections: [] };
  for await (const entry of readRecipients({
    path,
    head,
    mapping: options.mapping,
    findDuplicates: new DuplicateIndex(),
    context: {
      groups: allGroups,
      requirement,
      resolveKind: kindResolver(deps.knowledge),
      checkCode: (raw) => {
        const checked = validateCode(raw);
        return checked.ok ? checked.code : undefined;
      },
    },
  })) {
    if (entry.type === 'accepted' && !chosen.includes(entry.recipient.group.toLowerCase())) {
      result.leftOut++;
      continue;
    }
    result.received++;
    if (entry.type === 'accepted') result.accepted++;
    else {
      result.rejected++;
      if (result.rejections.length < limit) result.rejections.push(entry.rejection);
    }
  }
  return result;
}

/**
 * Makes the private folder for a new recipients upload (editors and owners of the breach's
 * organisation) and returns where the file goes. Checked before a single byte is stored.
 */
export async function openRecipientsUpload(
  deps: Pick<Deps, 'db' | 'clock'> & { lettersDir: string },
  options: { actor: Actor; breachId: string },
): Promise<{ uploadId: string; path: string }> {
  const breach = await letterBreach(deps.db, options.actor, options.breachId, 'editor');
  const uploadId = await createUploadFolder(deps.lettersDir);
  await writeUploadMeta(deps.lettersDir, {
    uploadId,
    breachId: breach.id,
    organisationId: breach.organisationId,
    uploadedBy: actorUserId(options.actor),
    uploadedAt: deps.clock().toISOString(),
  });
  await audit(deps, deps.db, {
    actor: options.actor,
    organisationId: breach.organisationId,
    entityType: 'letter_upload',
    entityId: uploadId,
    action: 'letter_upload.received',
    after: { breachId: breach.id },
  });
  return { uploadId, path: letterFolder(deps.lettersDir, uploadId).input };
}
