import type { Actor } from '../../core/access/actor.ts';
import { can, type Action, type Resource } from '../../core/access/policy.ts';
import { AppError } from '../../errors/catalogue.ts';

/**
 * Throws unless the policy allows `action`: `unauthenticated` for a visitor who is not signed
 * in, `forbidden` otherwise.
 */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  if (can(actor, action, resource)) return;
  throw new AppError(actor.kind === 'public' ? 'unauthenticated' : 'forbidden');
}
