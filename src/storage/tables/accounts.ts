/** Row types of the accounts tables (migration 0001). */
export interface OrganisationsTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  sector: string;
  website: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  /** Lower-cased; the login name. */
  email: string;
  display_name: string;
  /** `scrypt$…`, never the password. */
  password_hash: string;
  platform_admin: number;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** Keyed hash (HMAC-SHA-256) of the session id; the id itself lives only in the cookie. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  organisation_id: string;
  name: string;
  /** The first characters of the token, shown so that people recognise it. */
  prefix: string;
  token_hash: string;
  role: string;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  /** Keyed hash of `account:<e-mail>` or `client:<address>`: no e-mail or address in clear. */
  key_hash: string;
  failures: number;
  last_failed_at: string;
}

export interface AuditLogTable {
  id: string;
  occurred_at: string;
  actor_kind: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  organisation_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}
