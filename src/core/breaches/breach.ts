import type { Localized } from '../i18n/lang.ts';
import type { BreachDates } from './speed.ts';
import type { BreachStatus, Certainty, PartyRole, SourceKind } from './vocabulary.ts';

export interface BreachParty {
  organisationId: string;
  role: PartyRole;
}

export interface RecipientGroup {
  name: Localized;
  certainty: Certainty;
  /** Number of people in the group; null when not known. */
  count: number | null;
}

export interface Helpline {
  phone: string | null;
  hours: Localized | null;
  url: string | null;
}

export interface QuestionAnswer {
  question: Localized;
  answer: Localized;
}

export interface SourceLink {
  title: string;
  /** Null when the source is a document without a stable public address. */
  url: string | null;
  kind: SourceKind;
}

/** The organisation's address for privacy requests: an e-mail address, a postal address or both. */
export interface PrivacyContact {
  email: string | null;
  postalAddress: string | null;
}

/** The editable content of a breach: what the organisation writes and keeps current. */
export interface BreachContent {
  title: Localized;
  sector: string;
  description: Localized;
  dates: BreachDates;
  /** Every party, including the organisation that manages the record. */
  parties: BreachParty[];
  dataCategories: string[];
  recipientGroups: RecipientGroup[];
  measures: Localized[];
  helpline: Helpline | null;
  /** Where victims send privacy requests (access request, complaint, claim); public. */
  privacyContact?: PrivacyContact | null;
  questions: QuestionAnswer[];
  sources: SourceLink[];
}

/** A breach as stored, without its count history and updates. */
export interface BreachRecord extends BreachContent {
  id: string;
  /** The organisation whose workspace manages this record. */
  organisationId: string;
  slug: string;
  status: BreachStatus;
  /** The latest count revision; null until one is recorded. */
  peopleAffected: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  firstPublishedAt: string | null;
}

export interface CountRevision {
  id: string;
  peopleAffected: number;
  /** The day (or month) the count became known; partial dates allowed. */
  effectiveOn: string;
  reason: Localized;
  recordedAt: string;
}

export interface BreachUpdate {
  id: string;
  publishedOn: string;
  text: Localized;
  createdAt: string;
}

/** Makes a URL-safe slug from a title: `Hack bij het OM` → `hack-bij-het-om`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'datalek';
}
