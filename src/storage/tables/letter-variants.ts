/** Row types of the workspace letter tables (migration 0010). None holds a recipient's data. */
export interface LetterSendersTable {
  breach_id: string;
  organisation_id: string;
  /** JSON: the sender's details (`LetterSender`): address, contact point, helpline, signatory. */
  sender_json: string;
  updated_at: string;
  updated_by: string | null;
}

export interface LetterVariantsTable {
  id: string;
  breach_id: string;
  organisation_id: string;
  recipient_group: string;
  certainty: string;
  categories_json: string;
  /** JSON: `{ nl?: VariantTexts, en?: VariantTexts }`, the organisation's own words. */
  texts_json: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** A letter job started from the workspace: its private folder, chosen groups and expiry. */
export interface LetterWebJobsTable {
  job_id: string;
  breach_id: string;
  organisation_id: string;
  /** The job's private folder under LETTERS_DIR (input, then outputs). */
  folder: string;
  /** JSON: the recipient groups this round writes to. */
  groups_json: string;
  /** Rows of other groups, left out of a round for some groups only. */
  left_out: number;
  created_by: string | null;
  created_at: string;
  /** When the outputs are deleted automatically (LETTERS_OUTPUT_DAYS after the start). */
  expires_at: string;
  input_deleted_at: string | null;
  outputs_deleted_at: string | null;
}

/** The workspace letter tables, joined into `Database` in schema.ts. */
export interface LetterVariantTables {
  letter_senders: LetterSendersTable;
  letter_variants: LetterVariantsTable;
  letter_web_jobs: LetterWebJobsTable;
}
