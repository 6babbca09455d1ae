import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatCode, hashCode, validateCode } from '../core/codes/index.ts';
import type { Lang } from '../core/i18n/lang.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import {
  csvLine,
  kindResolver,
  readRecipients,
  rejectionLines,
  type RecipientFileHead,
} from '../importers/recipients-csv/index.ts';
import { createLetterFactory } from './letter-factory.ts';
import type { JobSettings, LetterFormat } from './letter-settings.ts';
import type { IssuedCode, ShardOutcome, ShardPlan } from '../core/letters/index.ts';
import { moveIntoPlace, outputPaths } from './output-paths.ts';
import { createShardOutput, type PlacedOutput } from './shard-output.ts';

/** Everything needed to render one shard; plain data, so it crosses thread and process borders. */
export interface ShardTask {
  jobId: string;
  breachId: string;
  round: number;
  format: LetterFormat;
  recipientsPath: string;
  outDir: string;
  settings: JobSettings;
  shard: ShardPlan;
}

/** Secrets and shared read-only data of the worker that renders shards. */
export interface ShardEnvironment {
  codeSecret: string;
  knowledge: Knowledge;
  /** SMTP delivery for the `smtp` format. */
  smtpUrl?: string;
}

export const manifestHeader = [
  'row',
  'line',
  'code',
  'variant',
  'language',
  'file',
  'page',
  'pages',
  'letter_sha256',
  'file_sha256',
  'delivery',
] as const;

/** Head of the input file as the job recorded it. */
export function headFromSettings(
  settings: JobSettings,
  dataOffset: number,
  dataLine: number,
): RecipientFileHead {
  return {
    format: { skipBytes: 0, delimiter: settings.delimiter, encoding: settings.encoding ?? 'utf-8' },
    headers: settings.headers,
    dataOffset,
    dataLine,
  };
}

interface JobRenderState {
  makeLetter: ReturnType<typeof createLetterFactory>;
  resolveKind: (token: string) => string | undefined;
}

const jobStates = new Map<string, JobRenderState>();

function stateFor(task: ShardTask, env: ShardEnvironment): JobRenderState {
  let state = jobStates.get(task.jobId);
  if (state) return state;
  state = {
    makeLetter: createLetterFactory(
      { breachId: task.breachId, round: task.round, settings: task.settings },
      { codeSecret: env.codeSecret, knowledge: env.knowledge },
    ),
    resolveKind: kindResolver(env.knowledge),
  };
  jobStates.clear(); // one job at a time per worker: keep memory flat
  jobStates.set(task.jobId, state);
  return state;
}

/**
 * Renders one shard: reads its byte range of the input, validates every row, builds and
 * renders each letter, and writes the shard's letters, manifest part and rejections to a
 * temporary folder that is renamed into place only when complete. Touches no database: the
 * caller commits the returned outcome. Same task, same bytes out.
 */
export async function renderShard(task: ShardTask, env: ShardEnvironment): Promise<ShardOutcome> {
  const state = stateFor(task, env);
  const paths = outputPaths(task.outDir);
  // Private to this render: process, time and random bytes, so no two renders share one.
  const tmp = join(
    paths.partial,
    `shard-${task.shard.index}-${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}`,
  );
  await mkdir(tmp, { recursive: true });
  const head = headFromSettings(task.settings, task.shard.byteStart, task.shard.firstLine);
  const groups = task.settings.setup.variants.map((v) => v.group);
  const output = await createShardOutput({
    format: task.format,
    tmpDir: tmp,
    shardIndex: task.shard.index,
    creationDate: new Date(`${task.settings.date}T00:00:00Z`),
    title: `${task.settings.setup.referencePrefix} ronde ${task.round}`,
    ...(task.settings.setup.email ? { email: task.settings.setup.email } : {}),
    ...(env.smtpUrl ? { smtpUrl: env.smtpUrl } : {}),
  });
  const manifest: {
    row: number;
    line: number;
    code: string;
    variant: string;
    lang: Lang;
    file: string;
    page: number;
    pages: number;
    checksum: string;
    status: string;
  }[] = [];
  const codes: IssuedCode[] = [];
  let rejections = '';
  let generated = 0;
  let rejected = 0;
  const inFlight = Math.max(1, output.inFlight ?? 1);
  const started: {
    recipient: { row: number; line: number };
    made: ReturnType<JobRenderState['makeLetter']>;
    placed: Promise<PlacedOutput>;
  }[] = [];
  /** Waits for the letters out at once and records them in row order. */
  const settle = async () => {
    const placements = await Promise.all(started.map((s) => s.placed));
    placements.forEach((placed, i) => {
      const { recipient, made } = started[i] as (typeof started)[number];
      const { code, variant, lang, categories } = made;
      generated++;
      manifest.push({
        row: recipient.row,
        line: recipient.line,
        code: formatCode(code),
        variant: variant.id,
        lang,
        file: placed.file,
        page: placed.page,
        pages: placed.pages,
        checksum: placed.checksum,
        status: placed.status,
      });
      codes.push({
        codeHash: hashCode(code, env.codeSecret),
        variantId: variant.id,
        group: variant.group,
        lang,
        certainty: variant.certainty,
        categories,
        deliveryStatus: placed.status,
      });
    });
    started.length = 0;
  };
  try {
    for await (const entry of readRecipients({
      path: task.recipientsPath,
      head,
      mapping: task.settings.mapping,
      context: {
        groups,
        requirement: task.format === 'pdf' ? 'postal' : 'email',
        resolveKind: state.resolveKind,
        checkCode: (raw) => {
          const result = validateCode(raw);
          return result.ok ? result.code : undefined;
        },
      },
      duplicates: new Map(task.shard.duplicates ?? []),
      range: {
        start: task.shard.byteStart,
        end: task.shard.byteEnd,
        firstRow: task.shard.firstRow,
        firstLine: task.shard.firstLine,
      },
    })) {
      if (entry.type === 'rejected') {
        rejected++;
        rejections += rejectionLines(entry.rejection);
        continue;
      }
      const recipient = entry.recipient;
      const made = state.makeLetter(recipient);
      // Up to `inFlight` letters are out at once (SMTP: one per pooled connection); the
      // manifest and the codes still follow the rows' order.
      started.push({ recipient, made, placed: output.add(made.letter, recipient.email) });
      if (started.length >= inFlight) await settle();
    }
    await settle();
    const files = await output.close();
    const fileSums = new Map<string, string>();
    for (const file of files)
      fileSums.set(file, output.writtenSha256?.get(file) ?? (await sha256File(join(tmp, file))));
    let manifestText = '';
    for (const m of manifest) {
      manifestText += csvLine([
        m.row,
        m.line,
        m.code,
        m.variant,
        m.lang,
        m.file,
        m.page,
        m.pages,
        m.checksum,
        fileSums.get(m.file) ?? '',
        m.status,
      ]);
    }
    const id = String(task.shard.index + 1).padStart(5, '0');
    await writeFile(join(tmp, `manifest-${id}.csv`), manifestText);
    await writeFile(join(tmp, `rejected-${id}.csv`), rejections);
    // Letters first, then the parts: a part on disk always describes letters that are there.
    await mkdir(paths.letters, { recursive: true });
    await mkdir(paths.parts, { recursive: true });
    const entries = new Set(files.map((file) => file.split('/')[0] as string));
    for (const entry of entries)
      await moveIntoPlace(join(tmp, entry), join(paths.letters, entry), paths.partial);
    await rename(join(tmp, `rejected-${id}.csv`), join(paths.parts, `rejected-${id}.csv`));
    await rename(join(tmp, `manifest-${id}.csv`), join(paths.parts, `manifest-${id}.csv`));
    const single = files.length === 1 ? (files[0] as string) : null;
    return {
      index: task.shard.index,
      generated,
      rejected,
      fileName: single ?? (files.length ? `${files.length} files` : null),
      fileSha256: single ? (fileSums.get(single) ?? null) : null,
      codes,
    };
  } finally {
    await output.abort();
    await rm(tmp, { recursive: true, force: true });
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
