import { hash } from 'node:crypto';
import type { Localized } from '../../core/i18n/lang.ts';
import type { ContactRequirement } from './mapping.ts';
import type { ValidRecipient } from './validate-recipient.ts';

const SEP = '\u0000';
// eslint-disable-next-line no-control-regex -- NUL separates the parts; cleaned values hold no control characters
const asciiOnly = /^[\x00-\x7e]*$/;
const punctuationRuns = /[\s!-/:-@[-`{-~]+/g;
/** Spaces the folding leaves next to a separator: `Jan.` and `Jan` are one name. */
// eslint-disable-next-line no-control-regex -- as above
const spaceAtSeparator = / ?\u0000 ?/g;

const combiningMarks = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex -- as above
const latin1Only = /^[\x00-\xff]*$/;
const latin1Letters = /[\x7f-\xff]/g;
/** Each Latin-1 character without its accents (NFKD, marks removed), worked out once. */
const latin1Folded = Array.from({ length: 256 }, (_, code) =>
  String.fromCharCode(code).normalize('NFKD').replace(combiningMarks, ''),
);

/** Removes accents: NFKD without its combining marks (U+0300–U+036F). */
function withoutAccents(text: string): string {
  if (asciiOnly.test(text)) return text; // most rows
  // Dutch names and addresses are mostly Latin-1 (é, ü, ï): a table instead of NFKD, which
  // cost more than all other checks of a row. Latin-1 has no combining marks of its own, so
  // character by character is the same as NFKD of the whole.
  if (latin1Only.test(text)) return text.replace(latin1Letters, (c) => latin1Folded[c.charCodeAt(0)] ?? c);
  return text.normalize('NFKD').replace(combiningMarks, '');
}

/**
 * Folds what people type differently for the same person: case, accents, dots, spaces. The
 * parts are folded as one text (one pass instead of one per part), then each part is trimmed
 * at the separators, so the result is the parts folded one by one, joined by `SEP`.
 */
function foldParts(parts: readonly string[]): string {
  const base = withoutAccents(parts.join(SEP));
  return base.toLowerCase().replace(punctuationRuns, ' ').replace(spaceAtSeparator, SEP).trim();
}

/**
 * Who a valid row is for, as a keyed-free digest: by post the same normalised name at the same
 * normalised address; by e-mail the same address. Two rows with one key get one letter. Only
 * the digest is kept while the file is planned, never the name or address.
 */
export function personKey(recipient: ValidRecipient, requirement: ContactRequirement): string {
  const address = recipient.address;
  const text =
    requirement === 'email'
      ? `e${SEP}${(recipient.email ?? '').toLowerCase()}`
      : `p${SEP}${(address?.postcode ?? '').replace(/\s+/g, '').toUpperCase()}${SEP}${foldParts([
          recipient.name,
          address?.street ?? '',
          address?.city ?? '',
          address?.country ?? '',
        ])}`;
  // One-shot `hash` (Node ≥ 20.12): a Hash object per row cost as much as all the row's checks.
  return hash('sha256', text, 'base64').slice(0, 22);
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
