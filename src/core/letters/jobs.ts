/** Where one shard's rows are in the input file. */
export interface ShardPlan {
  index: number;
  firstRow: number;
  rowCount: number;
  firstLine: number;
  byteStart: number;
  byteEnd: number;
}

/** What is kept of one letter: never a name, address or e-mail. */
export interface IssuedCode {
  codeHash: string;
  variantId: string;
  group: string;
  lang: string;
  certainty: string;
  categories: string[];
  /** `rendered` for files; `sent`, `failed` or `retrying` after SMTP delivery. */
  deliveryStatus: string;
}

/** What a rendered shard gives back: counts, its file, and one code record per letter. */
export interface ShardOutcome {
  index: number;
  generated: number;
  rejected: number;
  fileName: string | null;
  fileSha256: string | null;
  codes: IssuedCode[];
}
