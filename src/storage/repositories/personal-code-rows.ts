import type { CodeRecord, CodeRound } from '../../core/codes/code-records.ts';
import type { IssuedCode } from '../../core/letters/index.ts';
import type { LetterJobsTable, PersonalCodeRoundsTable, PersonalCodesTable } from '../tables/letter-jobs.ts';

/**
 * The one mapping between personal-code rows and what the program works with: rows written for
 * the codes of a committed shard, and the records the victims' guide reads back. Code rows are
 * read by Kysely (PostgreSQL) and by prepared statements (SQLite); both go through here.
 */

/** The columns a code record is read from. */
export const codeColumns = [
  'code_hash',
  'breach_id',
  'variant_id',
  'recipient_group',
  'lang',
  'certainty',
  'categories_json',
  'last_round',
] as const;
export type CodeRow = Pick<PersonalCodesTable, (typeof codeColumns)[number]>;

/** The columns a code round is read from. */
export const roundColumns = [
  'round',
  'sent_on',
  'channel',
  'certainty',
  'categories_json',
  'what_changed_nl',
  'what_changed_en',
] as const;
export type RoundRow = Pick<PersonalCodeRoundsTable, (typeof roundColumns)[number]>;

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function codeRecordFromRow(row: CodeRow): CodeRecord {
  return {
    codeHash: row.code_hash,
    breachId: row.breach_id,
    variantId: row.variant_id,
    group: row.recipient_group,
    lang: row.lang,
    certainty: row.certainty,
    categories: parseList(row.categories_json),
    lastRound: row.last_round,
  };
}

export function codeRoundFromRow(row: RoundRow): CodeRound {
  return {
    round: row.round,
    sentOn: row.sent_on,
    channel: row.channel,
    certainty: row.certainty,
    categories: parseList(row.categories_json),
    whatChanged:
      row.what_changed_nl && row.what_changed_en
        ? { nl: row.what_changed_nl, en: row.what_changed_en }
        : null,
  };
}

/** The rows one shard's codes add to `personal_codes` and `personal_code_rounds`. */
export function issuedCodeRows(
  job: Pick<LetterJobsTable, 'id' | 'breach_id' | 'round' | 'format'>,
  codes: readonly IssuedCode[],
  context: { now: string; sentOn: string; whatChanged?: { nl: string; en: string } },
): { codes: PersonalCodesTable[]; rounds: PersonalCodeRoundsTable[] } {
  return {
    codes: codes.map((c) => ({
      code_hash: c.codeHash,
      breach_id: job.breach_id,
      variant_id: c.variantId,
      recipient_group: c.group,
      lang: c.lang,
      certainty: c.certainty,
      categories_json: JSON.stringify(c.categories),
      first_round: job.round,
      last_round: job.round,
      created_at: context.now,
    })),
    rounds: codes.map((c) => ({
      code_hash: c.codeHash,
      round: job.round,
      job_id: job.id,
      sent_on: context.sentOn,
      variant_id: c.variantId,
      certainty: c.certainty,
      categories_json: JSON.stringify(c.categories),
      channel: job.format,
      delivery_status: c.deliveryStatus,
      what_changed_nl: context.whatChanged?.nl ?? null,
      what_changed_en: context.whatChanged?.en ?? null,
    })),
  };
}
