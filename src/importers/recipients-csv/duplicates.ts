import { createHash } from 'node:crypto';
import type { Localized } from '../../core/i18n/lang.ts';
import type { ContactRequirement } from './mapping.ts';
import type { ValidRecipient } from './validate-recipient.ts';

/** Folds what people type differently for the same person: case, accents, dots, spaces. */
function fold(text: string): string {
  // Plain ASCII (most rows) skips normalisation; combining marks are U+0300–U+036F after NFKD.
  const base = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return base
    .toLowerCase()
    .replace(/[\s!-/:-@[-`{-~]+/g, ' ')
    .trim();
}

/**
 * Who a valid row is for, as a keyed-free digest: by post the same normalised name at the same
 * normalised address; by e-mail the same address. Two rows with one key get one letter. Only
 * the digest is kept while the file is planned, never the name or address.
 */
export function personKey(recipient: ValidRecipient, requirement: ContactRequirement): string {
  const parts =
    requirement === 'email'
      ? ['e', (recipient.email ?? '').toLowerCase()]
      : [
          'p',
          fold(recipient.name),
          fold(recipient.address?.street ?? ''),
          (recipient.address?.postcode ?? '').replace(/\s+/g, '').toUpperCase(),
          fold(recipient.address?.city ?? ''),
          fold(recipient.address?.country ?? ''),
        ];
  return createHash('sha256').update(parts.join('\u0000')).digest('base64').slice(0, 22);
}

/** Remembers the first line of every person; answers the first line for a person seen before. */
export class DuplicateIndex {
  private readonly first = new Map<string, number>();

  /** The line of the earlier row of the same person, or undefined for someone new. */
  seen(key: string, line: number): number | undefined {
    const earlier = this.first.get(key);
    if (earlier !== undefined) return earlier;
    this.first.set(key, line);
    return undefined;
  }
}

export function duplicateReason(firstLine: number): Localized {
  return {
    nl: `Dubbel: dezelfde persoon als op regel ${firstLine}. Deze persoon krijgt één brief, van regel ${firstLine}.`,
    en: `Duplicate of line ${firstLine}: the same person. This person gets one letter, from line ${firstLine}.`,
  };
}
