import type { Actor } from '../core/access/actor.ts';
import { listMembers as listMemberRows } from '../storage/repositories/workspace-directory.ts';
import type { Deps } from './deps.ts';
import { authorize } from './support/authorize.ts';
import type { MemberListing } from '../core/accounts/records.ts';

/** The members of an organisation with their roles (its owners, or a platform administrator). */
export async function listMembers(
  deps: Deps,
  options: { actor: Actor; organisationId: string },
): Promise<MemberListing[]> {
  authorize(options.actor, 'member.manage', { type: 'organisation', organisationId: options.organisationId });
  return listMemberRows(deps.db, options.organisationId);
}
