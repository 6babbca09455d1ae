import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';

/** A new row id from the dependencies, or a random UUID. */
export function newId(deps: Deps): string {
  return deps.newId ? deps.newId() : randomUUID();
}

/** The dependencies' clock as an ISO 8601 UTC timestamp. */
export function nowIso(deps: Deps): string {
  return deps.clock().toISOString();
}
