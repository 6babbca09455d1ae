import type { Kysely } from 'kysely';
import type { Certainty } from '../core/breaches/vocabulary.ts';
import type { Lang, Localized } from '../core/i18n/lang.ts';
import type { Database } from '../storage/schema.ts';

/** One message sent under a personal code, for the history on the personal page. */
export interface MessageHistoryEntry {
  round: number;
  /** Letter date, `YYYY-MM-DD`. */
  sentOn: string;
  variantId: string;
  certainty: Certainty;
  categories: string[];
  /** `pdf` (letter by post), `eml` or `smtp` (e-mail). */
  channel: string;
  /** `rendered`, `sent` or `failed`. */
  deliveryStatus: string;
  /** The round's "what changed since the last message", when it had one. */
  whatChanged?: Localized;
}

/** What is stored with a code: never a name, address or e-mail. */
export interface PersonalCodeRecord {
  breachId: string;
  variantId: string;
  group: string;
  lang: Lang;
  certainty: Certainty;
  categories: string[];
  firstRound: number;
  lastRound: number;
}

/**
 * Every message sent under a code, oldest round first. Pass the keyed hash
 * (`hashCode(code, CODE_SECRET)`), never the code itself.
 */
export async function listMessageHistory(
  db: Kysely<Database>,
  codeHash: string,
): Promise<MessageHistoryEntry[]> {
  const rows = await db
    .selectFrom('personal_code_rounds')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .orderBy('round')
    .execute();
  return rows.map((r) => ({
    round: r.round,
    sentOn: r.sent_on,
    variantId: r.variant_id,
    certainty: r.certainty as Certainty,
    categories: JSON.parse(r.categories_json) as string[],
    channel: r.channel,
    deliveryStatus: r.delivery_status,
    ...(r.what_changed_nl && r.what_changed_en
      ? { whatChanged: { nl: r.what_changed_nl, en: r.what_changed_en } }
      : {}),
  }));
}

/** The stored record of a code (by its keyed hash), or undefined when no letter carried it. */
export async function findPersonalCode(
  db: Kysely<Database>,
  codeHash: string,
): Promise<PersonalCodeRecord | undefined> {
  const row = await db
    .selectFrom('personal_codes')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    breachId: row.breach_id,
    variantId: row.variant_id,
    group: row.recipient_group,
    lang: row.lang as Lang,
    certainty: row.certainty as Certainty,
    categories: JSON.parse(row.categories_json) as string[],
    firstRound: row.first_round,
    lastRound: row.last_round,
  };
}
