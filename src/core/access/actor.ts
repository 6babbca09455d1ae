/** A role a person (or an API token) holds in one organisation. */
export const organisationRoles = ['owner', 'editor', 'viewer'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/**
 * The roles an API token may carry. An `owner` token may publish, take back and read the audit
 * log of its organisation, but no token ever manages members or tokens (see the policy). Tokens
 * are made as `editor` unless the operator asks for another role.
 */
export const tokenRoles = ['owner', 'editor', 'viewer'] as const;
export type TokenRole = (typeof tokenRoles)[number];

/** The role a new token gets when none is asked for: least privilege that still writes. */
export const defaultTokenRole: TokenRole = 'editor';

/** True when `value` is one of the roles a token may carry (used on input and on stored rows). */
export function isTokenRole(value: unknown): value is TokenRole {
  return typeof value === 'string' && (tokenRoles as readonly string[]).includes(value);
}

/**
 * Who asks. `public` is a visitor who is not signed in; `system` is the operator at the
 * command line (migrations, demo seed, first administrator) and is never reachable from the web.
 */
export type Actor =
  | { kind: 'public' }
  | { kind: 'system' }
  | {
      kind: 'user';
      userId: string;
      platformAdmin: boolean;
      /** Role per organisation id. */
      roles: Readonly<Record<string, OrganisationRole>>;
    }
  | { kind: 'api_token'; tokenId: string; organisationId: string; role: TokenRole };

export const publicActor: Actor = { kind: 'public' };
export const systemActor: Actor = { kind: 'system' };

/** The role `actor` holds in `organisationId`, or undefined when none. */
export function roleIn(actor: Actor, organisationId: string): OrganisationRole | undefined {
  if (actor.kind === 'user') return actor.roles[organisationId];
  if (actor.kind === 'api_token') return actor.organisationId === organisationId ? actor.role : undefined;
  return undefined;
}

/** The user id to record in the audit log, or null for the system and for tokens. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
