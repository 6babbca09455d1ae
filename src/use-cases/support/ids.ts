import { randomBytes, randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';

/** A new row id from the dependencies, or a random UUID. */
export function newId(deps: Deps): string {
  return deps.newId ? deps.newId() : randomUUID();
}

/** The dependencies' clock as an ISO 8601 UTC timestamp. */
export function nowIso(deps: Deps): string {
  return deps.clock().toISOString();
}

let lastMillis = 0;
let sequence = 0;

/**
 * An id that sorts in the order ids were made within this process (time, then a counter),
 * so that audit entries written in the same millisecond keep their order. Lower-case hex only,
 * so that every database collation sorts it the same way.
 */
export function sortableId(now: Date): string {
  const millis = now.getTime();
  sequence = millis === lastMillis ? sequence + 1 : 0;
  lastMillis = millis;
  return `${millis.toString(16).padStart(12, '0')}${sequence.toString(16).padStart(6, '0')}${randomBytes(7).toString('hex')}`;
}
