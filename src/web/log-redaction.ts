import { codeAlphabet, lookAlikes } from '../core/codes/alphabet.ts';

/** Characters that can stand for a code symbol: the alphabet and its look-alikes, any case. */
const symbol = `[${codeAlphabet}${Object.keys(lookAlikes).join('')}]`;
/**
 * Twelve or more code symbols in a row, with the separators people type between groups (space,
 * dashes, dot, underscore). Real codes have 18 symbols; a shorter run is still most of one.
 */
const codeShape = new RegExp(`${symbol}(?:[\\s\\-‐-―.·_]*${symbol}){11,}`, 'giu');
const uuidShape = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

function decoded(path: string): string {
  let current = path;
  // Twice: `%252F` is a slash encoded twice, which some clients and proxies produce.
  for (let round = 0; round < 2; round++) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
}

/**
 * The path of a request as it may be logged: no query string, and every run that looks like a
 * personal code replaced by `[code]`, in whatever route or encoding it arrives (`/C/<CODE>`,
 * `/code/<CODE>`, `/mijn-plan/<CODE>`, `/c%2F<CODE>`, `/en/c/<code with spaces>`). Record ids
 * (UUIDs) stay readable.
 * @example redactPath('/c%2FK7M-X4D-EPR-J9A-HWC-T3N?x=1') // '/c/[code]'
 */
export function redactPath(url: string): string {
  const path = decoded(url.split('?')[0] ?? '');
  // Split around record ids (kept as they are) and redact only the text between them.
  return path
    .split(uuidShape)
    .map((part) => (uuidShape.test(part) ? part : part.replace(codeShape, '[code]')))
    .join('');
}
