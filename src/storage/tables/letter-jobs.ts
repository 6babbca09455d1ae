/** Row types of the letter job tables (migration 0200). None holds a name, address or e-mail. */
export interface LetterJobsTable {
  id: string;
  breach_id: string;
  round: number;
  /** `pdf`, `eml` or `smtp`. */
  format: string;
  /** `running`, `finishing` (a process holds or held the `finish` claim) or `done`. */
  status: string;
  recipients_path: string;
  recipients_sha256: string;
  out_dir: string;
  shard_size: number;
  shards_total: number;
  /** Data rows in the input file: received = generated + rejected. */
  rows_total: number;
  /** Letter setup, mapping and file format as JSON: everything a worker needs to render a shard. */
  settings_json: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface LetterJobShardsTable {
  job_id: string;
  shard_index: number;
  first_row: number;
  row_count: number;
  first_line: number;
  /** Byte range of the shard's rows in the input file. PostgreSQL returns bigint as text. */
  byte_start: number | string;
  byte_end: number | string;
  /** `pending` or `done`. */
  status: string;
  generated: number;
  rejected: number;
  file_name: string | null;
  file_sha256: string | null;
  worker: string | null;
  done_at: string | null;
  /** Rows of this shard that repeat an earlier person, as JSON `[[row, firstLine], …]` (migration 0300). */
  duplicates_json?: string | null;
}

/** A personal code as stored: only its keyed hash, with what the personal page needs. */
export interface PersonalCodesTable {
  code_hash: string;
  breach_id: string;
  variant_id: string;
  recipient_group: string;
  lang: string;
  certainty: string;
  categories_json: string;
  first_round: number;
  last_round: number;
  created_at: string;
}

/** One message sent under a code: the history the personal page shows. */
export interface PersonalCodeRoundsTable {
  code_hash: string;
  round: number;
  job_id: string;
  sent_on: string;
  variant_id: string;
  certainty: string;
  categories_json: string;
  channel: string;
  delivery_status: string;
  what_changed_nl: string | null;
  what_changed_en: string | null;
}

/**
 * An exclusive, leased claim on a job (migration 0230): `finish` while one process joins the
 * outputs, `resend` while one `letters resend` sends. Stale after the lease without renewal.
 */
export interface LetterJobClaimsTable {
  job_id: string;
  /** `finish` or `resend`. */
  kind: string;
  /** `<host>:<pid>:<random>`, one per claim: never a person. */
  holder: string;
  /** When the holder took or last renewed the claim (ISO). */
  claimed_at: string;
}

/** The letter tables, joined into `Database` in schema.ts. */
export interface LetterJobTables {
  letter_jobs: LetterJobsTable;
  letter_job_shards: LetterJobShardsTable;
  letter_job_claims: LetterJobClaimsTable;
  personal_codes: PersonalCodesTable;
  personal_code_rounds: PersonalCodeRoundsTable;
}
