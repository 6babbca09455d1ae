import { createHash } from 'node:crypto';
import type { Letter } from './types.ts';

function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * SHA-256 (hex) of a letter's content model in canonical JSON (sorted keys). Two runs that build
 * the same letter give the same checksum, whatever the output format, so reruns can be compared.
 */
export function letterChecksum(letter: Letter): string {
  return createHash('sha256').update(canonical(letter)).digest('hex');
}
