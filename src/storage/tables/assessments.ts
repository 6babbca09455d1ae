/** Row types of the assessment tables (migration 0004). */
export interface BreachAssessmentsTable {
  id: string;
  breach_id: string;
  organisation_id: string;
  /** JSON: the validated `AssessmentInput` (the facts weighed). */
  facts_json: string;
  /** JSON: the `Assessment` the core produced. */
  assessment_json: string;
  risk_level: string;
  /** 0/1: Art. 33 notification required. */
  notify_authority: number;
  /** 0/1: Art. 34 informing required. */
  inform_people: number;
  assessed_at: string;
  assessed_by: string | null;
}

export interface BreachAuthorityNotificationsTable {
  id: string;
  breach_id: string;
  assessment_id: string;
  /** `first` or `follow_up`. */
  phase_kind: string;
  /** 0 for the first notification, N for the Nth follow-up. */
  phase_number: number;
  prepared_at: string;
  lang: string;
  complete: number;
  /** JSON: the built `AuthorityNotification`. */
  notification_json: string;
  recorded_by: string | null;
}

export interface AssessmentTables {
  breach_assessments: BreachAssessmentsTable;
  breach_authority_notifications: BreachAuthorityNotificationsTable;
}
