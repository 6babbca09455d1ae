import type { Lang } from '../i18n/lang.ts';

/** The letters a victim can send about a breach. */
export const victimLetterKinds = [
  'access_request',
  'complaint_organisation',
  'complaint_authority',
  'damages_claim',
] as const;
export type VictimLetterKind = (typeof victimLetterKinds)[number];

/** Who sends the letter. Filled in by the victim, used for one rendering and then discarded. */
export interface LetterSender {
  name: string;
  /** Street and number. */
  street: string;
  postcode: string;
  city: string;
  email?: string | undefined;
  /** A customer or client number the organisation knows the person by. */
  reference?: string | undefined;
}

/** What the letter says about the breach; all public facts. */
export interface LetterBreach {
  title: string;
  organisationName: string;
  /** The day the breach was made public or the person was told, `YYYY-MM-DD`, when known. */
  knownSince?: string | undefined;
  /** Names of the kinds of data, in the letter's language. */
  dataNames: string[];
  /** Where the organisation takes privacy requests (from the breach record), when it said so. */
  privacyContact?: { email: string | null; postalAddress: string | null } | null | undefined;
}

export interface VictimLetterInput {
  kind: VictimLetterKind;
  lang: Lang;
  sender: LetterSender;
  breach: LetterBreach;
  /** The letter's date, `YYYY-MM-DD` (the caller passes today). */
  date: string;
  /** The victim's own words: what happened to them, or the organisation's answer so far. */
  details?: string | undefined;
  /** Only for a claim: the amount asked, in whole euros. */
  amount?: number | undefined;
  /** Only for a complaint to the authority: when the victim complained to the organisation. */
  complainedOn?: string | undefined;
}

/** A letter ready for any renderer (plain text, PDF): lines and paragraphs, no markup. */
export interface VictimLetter {
  kind: VictimLetterKind;
  lang: Lang;
  /** A short title for the file and the page, e.g. "Inzageverzoek (artikel 15 AVG)". */
  title: string;
  senderLines: string[];
  recipientLines: string[];
  placeAndDate: string;
  subject: string;
  salutation: string;
  paragraphs: string[];
  /** Points the letter asks for, shown as a list after the first paragraphs. */
  requests: string[];
  closingParagraphs: string[];
  closing: string;
  signature: string;
}
