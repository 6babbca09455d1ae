/** Row types of the breach tables (migration 0002). */
export interface BreachesTable {
  id: string;
  organisation_id: string;
  slug: string;
  status: string;
  title_nl: string;
  title_en: string;
  sector: string;
  description_nl: string;
  description_en: string;
  occurred_on: string | null;
  discovered_on: string | null;
  processor_notified_controller_on: string | null;
  authority_notified_on: string | null;
  victims_notified_on: string | null;
  /** Migration 0003: the day the breach was first made public. */
  announced_on: string | null;
  reference_day: string | null;
  people_affected: number | null;
  /** JSON: `{nl,en}[]`. */
  measures_json: string;
  /** JSON: `{question:{nl,en}, answer:{nl,en}}[]`. */
  questions_json: string;
  helpline_phone: string | null;
  helpline_hours_nl: string | null;
  helpline_hours_en: string | null;
  helpline_url: string | null;
  /** Where victims send privacy requests (0310). */
  privacy_email: string | null;
  privacy_postal_address: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  first_published_at: string | null;
}

export interface BreachPartiesTable {
  breach_id: string;
  organisation_id: string;
  role: string;
}

export interface BreachCountRevisionsTable {
  id: string;
  breach_id: string;
  people_affected: number;
  effective_on: string;
  reason_nl: string;
  reason_en: string;
  recorded_at: string;
}

export interface BreachDataCategoriesTable {
  breach_id: string;
  category_id: string;
}

export interface BreachRecipientGroupsTable {
  id: string;
  breach_id: string;
  position: number;
  name_nl: string;
  name_en: string;
  certainty: string;
  people_count: number | null;
}

export interface BreachUpdatesTable {
  id: string;
  breach_id: string;
  published_on: string;
  text_nl: string;
  text_en: string;
  created_at: string;
}

export interface BreachSourcesTable {
  id: string;
  breach_id: string;
  position: number;
  title: string;
  url: string | null;
  kind: string;
}
