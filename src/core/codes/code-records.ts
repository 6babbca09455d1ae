// Read model of personal codes as the victims' guide reads them back, and the port through which
// it reads them. Storage implements the port (storage/repositories/personal-codes-lookup.ts).

/** A personal code as the guide uses it: what a letter said to this person, never who they are. */
export interface CodeRecord {
  codeHash: string;
  breachId: string;
  variantId: string;
  group: string;
  lang: string;
  certainty: string;
  categories: string[];
  lastRound: number;
}

/** One message round sent under a code. */
export interface CodeRound {
  round: number;
  /** `YYYY-MM-DD`. */
  sentOn: string;
  channel: string;
  certainty: string;
  categories: string[];
  whatChanged: { nl: string; en: string } | null;
}

/** The two look-ups, bound to one database: what the guide's use cases receive. */
export interface CodeLookupStore {
  findCodeRecord(codeHash: string): Promise<CodeRecord | undefined>;
  listCodeRounds(codeHash: string): Promise<CodeRound[]>;
}
