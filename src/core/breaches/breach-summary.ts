// Read model of breach lists: what storage returns and pages show. Storage fills it; the web
// layer imports it from here, never from storage.
import type { BreachStatus } from './vocabulary.ts';

/** One line of a breach list: enough for a table row or a search result, no parts. */
export interface BreachSummary {
  id: string;
  slug: string;
  organisationId: string;
  organisationName: string;
  status: BreachStatus;
  title: { nl: string; en: string };
  sector: string;
  occurredOn: string | null;
  discoveredOn: string | null;
  referenceDay: string | null;
  peopleAffected: number | null;
  dataCategories: string[];
  version: number;
  updatedAt: string;
  firstPublishedAt: string | null;
}

export interface PublicBreachFilters {
  query?: string | undefined;
  sector?: string | undefined;
  /** Inclusive bounds on the reference day (discovery, else occurrence). */
  from?: string | undefined;
  to?: string | undefined;
  minPeople?: number | undefined;
  maxPeople?: number | undefined;
  /** Every listed kind of data must be involved. */
  categories?: string[] | undefined;
  sort: 'newest' | 'oldest' | 'largest' | 'updated';
  limit: number;
  offset: number;
}
