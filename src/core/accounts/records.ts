// Read model of organisations, users and memberships: what storage returns and use cases and
// pages work with. Storage fills these; the web layer imports them from here, never from storage.
import type { OrganisationRole } from '../access/actor.ts';

/** An organisation as the workspace shows it. */
export interface Organisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
  sector: string;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A user without the password hash: the shape that leaves storage by default. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Membership {
  userId: string;
  organisationId: string;
  role: OrganisationRole;
}

/** A member as the members page shows them: no password hash, no timestamps. */
export interface MemberListing {
  userId: string;
  displayName: string;
  email: string;
  role: OrganisationRole;
}
