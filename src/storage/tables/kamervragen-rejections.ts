/** A suggested link an editor turned down (migration 0210). */
export interface KamervragenLinkRejectionsTable {
  set_id: string;
  breach_id: string;
  rejected_at: string;
  /** Account id of the editor who turned it down, when known. */
  rejected_by: string | null;
}

/** Joined into `Database` in schema.ts. */
export interface KamervragenRejectionTables {
  kamervragen_link_rejections: KamervragenLinkRejectionsTable;
}
