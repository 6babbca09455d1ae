import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Localized } from '../core/i18n/lang.ts';
import type { Knowledge } from '../core/knowledge/index.ts';
import {
  checkCompleteness,
  compileVariant,
  type LetterContext,
  type ShardPlan,
} from '../core/letters/index.ts';
import { AppError, type FieldError } from '../errors/catalogue.ts';
import {
  codeColumnMissing,
  readRecipientFileHead,
  resolveMapping,
  suggestMapping,
  type RecipientMapping,
} from '../importers/recipients-csv/index.ts';
import { findJob, recipientGroupsOfBreach, type LetterJobRow } from '../storage/repositories/letter-jobs.ts';
import type { Database } from '../storage/schema.ts';
import type { JobSettings, LetterFormat, LetterSetup } from './letter-settings.ts';
import { planShards } from './plan-shards.ts';

/**
 * Recipients per shard, and so letters per PDF file at most. A PDF file's structure tree
 * (tagged PDF) stays in memory until the file is closed, so this bounds the memory per thread.
 */
export const defaultShardSize = 250;

/** What a letter job needs from its surroundings. */
export interface LetterJobDeps {
  db: Kysely<Database>;
  /** CODE_SECRET: keys code hashes and derives each job's code seed. */
  codeSecret: string;
  knowledge: Knowledge;
  /** Where personal pages live; codes on letters open `<baseUrl>/c/<CODE>`. */
  baseUrl: string;
  now: () => Date;
}

export interface PrepareLetterJobOptions {
  breachId: string;
  round?: number;
  recipientsPath: string;
  outDir: string;
  format: LetterFormat;
  setup: LetterSetup;
  mapping?: RecipientMapping;
  whatChanged?: Localized;
  /** Recipients per shard (and so letters per PDF file at most). */
  shardSize?: number;
}

/** A job to store (with its shard plan), or the stored one to resume. */
export type PlannedLetterJob =
  { resumed: true; job: LetterJobRow } | { resumed: false; job: LetterJobRow; shards: ShardPlan[] };

/**
 * Plans the job for (breach, round), or finds it to resume; stores nothing. A job is planned
 * once: the input file's checksum and shard byte ranges are stored by the caller (the
 * `generate-letters` use case, with its audit entry), so a restart after `kill -9` renders only
 * the shards not yet committed, into the same files. Starting a round again with a different
 * file or output folder is refused. Checks every variant before anything is rendered.
 */
export async function planLetterJob(
  deps: LetterJobDeps,
  options: PrepareLetterJobOptions,
): Promise<PlannedLetterJob> {
  const round = options.round ?? 1;
  const outDir = resolve(options.outDir);
  const recipientsPath = resolve(options.recipientsPath);
  const head = await readRecipientFileHead(recipientsPath);
  const mapping = options.mapping ?? suggestMapping(head.headers);
  resolveMapping(mapping, head.headers, options.format === 'pdf' ? 'postal' : 'email');
  if (round > 1 && !mapping.code) {
    throw new AppError('validation_failed', {
      detail: 'A follow-up round reuses the codes of the earlier round: map the code column.',
      fieldErrors: [{ path: 'mapping.code', message: codeColumnMissing }],
    });
  }
  if (options.format !== 'pdf' && !options.setup.email) {
    throw new AppError('validation_failed', {
      detail: 'E-mail letters need a sender: add an `email` section with a from address to the letter setup.',
      fieldErrors: [
        {
          path: 'letters.email.from',
          message: { nl: 'Vul het adres in waarvan de e-mails komen.', en: 'No sender address.' },
        },
      ],
    });
  }
  await checkGroupsOfBreach(deps.db, options.breachId, options.setup);
  const existing = await findJob(deps.db, options.breachId, round);
  const plan = await planShards(recipientsPath, head, options.shardSize ?? defaultShardSize);
  if (existing) {
    if (existing.recipients_sha256 !== plan.sha256 || existing.out_dir !== outDir) {
      throw new AppError('conflict', {
        detail:
          `Round ${round} of breach ${options.breachId} was already started with another recipients file or ` +
          `output folder. Start it again with the same file and folder, or use --round ${round + 1}.`,
      });
    }
    return { job: existing, resumed: true };
  }
  const now = deps.now();
  const settings: JobSettings = {
    setup: options.setup,
    mapping,
    delimiter: head.format.delimiter,
    headers: head.headers,
    baseUrl: deps.baseUrl,
    date: now.toISOString().slice(0, 10),
    reuseCodes: round > 1,
    ...(options.whatChanged ? { whatChanged: options.whatChanged } : {}),
  };
  checkVariants(deps.knowledge, options.breachId, round, settings);
  const job: LetterJobRow = {
    id: randomUUID(),
    breach_id: options.breachId,
    round,
    format: options.format,
    status: 'running',
    recipients_path: recipientsPath,
    recipients_sha256: plan.sha256,
    out_dir: outDir,
    shard_size: options.shardSize ?? defaultShardSize,
    shards_total: plan.shards.length,
    rows_total: plan.rows,
    settings_json: JSON.stringify(settings),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    finished_at: null,
  };
  return { job, resumed: false, shards: plan.shards };
}

/**
 * When the breach is registered with recipient groups, every variant must be for one of them
 * (matched on id, Dutch or English name, or certainty). A breach not registered here (letters
 * made before the breach page exists) takes its groups from the letter setup.
 */
async function checkGroupsOfBreach(
  db: Kysely<Database>,
  breachId: string,
  setup: LetterSetup,
): Promise<void> {
  const groups = await recipientGroupsOfBreach(db, breachId);
  if (!groups.length) return;
  const known = new Set(
    groups.flatMap((g) => [g.id, g.name_nl, g.name_en, g.certainty].map((v) => v.toLowerCase())),
  );
  const problems = setup.variants
    .filter((v) => !known.has(v.group.toLowerCase()))
    .map((v) => ({
      path: `variants.${v.id}.group`,
      message: {
        nl: `"${v.group}" is geen groep van datalek ${breachId} (${groups.map((g) => g.name_nl).join(', ')}).`,
        en: `"${v.group}" is not a recipient group of breach ${breachId} (${groups.map((g) => g.name_en).join(', ')}).`,
      },
    }));
  if (problems.length) {
    throw new AppError('validation_failed', {
      detail: 'Each letter variant must be for a recipient group of the breach.',
      fieldErrors: problems,
    });
  }
}

/** Runs the completeness gate on every variant before anything is rendered. */
function checkVariants(knowledge: Knowledge, breachId: string, round: number, settings: JobSettings): void {
  const context: LetterContext = {
    breachId,
    breachTitle: settings.setup.breachTitle,
    organisation: settings.setup.organisation,
    baseUrl: settings.baseUrl,
    date: settings.date,
    round,
    referencePrefix: settings.setup.referencePrefix,
  };
  const problems: FieldError[] = [];
  for (const variant of settings.setup.variants) {
    const langs = (['nl', 'en'] as const).filter((l) => variant.texts[l]);
    try {
      compileVariant(variant, context, langs);
    } catch (error) {
      // Name what is missing in both languages; a template that does not compile has only its English error.
      const report = checkCompleteness(variant, context.organisation, langs);
      const missing = [...report.missing, ...report.placeholders].map((problem) => problem.message);
      const english = (error as Error).message;
      problems.push({
        path: `variants.${variant.id}`,
        message: missing.length
          ? { nl: missing.map((m) => m.nl).join(' '), en: missing.map((m) => m.en).join(' ') }
          : { nl: `Briefvariant ${variant.id} kan niet worden gemaakt: ${english}`, en: english },
      });
    }
  }
  if (problems.length) {
    throw new AppError('validation_failed', {
      detail: 'A letter variant is not complete; no letter is made until it is.',
      fieldErrors: problems,
    });
  }
}
