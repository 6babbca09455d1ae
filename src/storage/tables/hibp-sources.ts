/**
 * The Have I Been Pwned record a breach was imported from, kept as it came, so an export gives
 * back every field (Domain, LogoPath, dates, flags, unknown data classes, the HTML description)
 * and a second import of the same record updates the breach instead of making another.
 */
export interface BreachHibpSourcesTable {
  breach_id: string;
  organisation_id: string;
  /** HIBP's `Name`, exactly as it came (case kept): its stable id. */
  name: string;
  /** The validated record as JSON, every field of HIBP's breach model. */
  record_json: string;
  /** `nl` or `en`: the language the description was stored in. */
  description_language: string;
  /** What the import wrote into the breach (title, description, day, count, kinds), as JSON: later edits are told apart from it. */
  imported_json: string;
  imported_at: string;
}

export interface HibpSourceTables {
  breach_hibp_sources: BreachHibpSourcesTable;
}
