import { roleIn, type Actor, type OrganisationRole } from './actor.ts';

/** What a resource looks like to the policy: only the facts the rules need. */
export type Resource =
  | { type: 'platform' }
  | { type: 'organisation'; organisationId: string }
  | { type: 'breach'; organisationId: string; status: 'draft' | 'published' | 'closed' };

export type Action =
  | 'organisation.create'
  | 'organisation.read'
  | 'organisation.update'
  | 'member.manage'
  | 'user.create'
  | 'user.reset_password'
  | 'token.manage'
  | 'audit.read'
  | 'breach.create'
  | 'breach.read'
  | 'breach.update'
  | 'breach.publish';

const atLeast: Record<OrganisationRole, number> = { viewer: 1, editor: 2, owner: 3 };

function hasRole(actor: Actor, organisationId: string, minimum: OrganisationRole): boolean {
  const role = roleIn(actor, organisationId);
  return role !== undefined && atLeast[role] >= atLeast[minimum];
}

function isPlatformAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.platformAdmin;
}

/**
 * The one access policy. Least privilege: a platform administrator manages organisations and
 * people but does not read or edit another organisation's unpublished breach; only owners
 * publish, manage members and tokens, and read the audit log. An owner API token publishes and
 * reads the audit log, but never manages members, tokens or the organisation itself.
 * @example can(actor, 'breach.update', { type: 'breach', organisationId, status: 'draft' })
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  if (actor.kind === 'system') return true;
  switch (action) {
    case 'organisation.create':
    case 'user.create':
    case 'user.reset_password':
      return isPlatformAdmin(actor);
    case 'organisation.read':
      return (
        resource.type !== 'platform' &&
        (isPlatformAdmin(actor) || hasRole(actor, resource.organisationId, 'viewer'))
      );
    case 'organisation.update':
    case 'member.manage':
      return (
        resource.type !== 'platform' &&
        actor.kind !== 'api_token' &&
        (isPlatformAdmin(actor) || hasOwner(actor, resource))
      );
    case 'token.manage':
      // A token that could make tokens would outlive its own revocation.
      return actor.kind !== 'api_token' && hasOwner(actor, resource);
    case 'audit.read':
      return hasOwner(actor, resource);
    case 'breach.create':
    case 'breach.update':
      return resource.type !== 'platform' && hasRole(actor, resource.organisationId, 'editor');
    case 'breach.publish':
      return hasOwner(actor, resource);
    case 'breach.read':
      if (resource.type !== 'breach') return false;
      if (resource.status !== 'draft') return true;
      return hasRole(actor, resource.organisationId, 'viewer');
  }
}

function hasOwner(actor: Actor, resource: Resource): boolean {
  // True for an `owner` token too: it may publish and read the audit log, nothing more.
  return resource.type !== 'platform' && hasRole(actor, resource.organisationId, 'owner');
}
