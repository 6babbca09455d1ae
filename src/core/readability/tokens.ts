import type { Span } from './types.ts';

/**
 * What a token is. Only `word` tokens are judged for length, jargon and syllables; the others
 * count as one word each towards sentence length.
 */
export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'phone';

export interface Token extends Span {
  kind: TokenKind;
  text: string;
}

const url = /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”]/giu;
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Dutch numbers start with 0 or +; the digit count check below rules out years and amounts.
const phone = /(?<![\p{L}\p{N}+])(?:\+|0)\d*(?:[ -]?\d+){0,5}(?![\p{L}\p{N}])/gu;
const wordOrNumber = /(?<number>\d+(?:[.,:]\d+)*)|(?<word>\p{L}\p{M}*(?:[\p{L}\p{M}]|['’-](?=\p{L}))*)/gu;

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Splits `text` into tokens with their offsets, in text order. */
export function tokenize(text: string): Token[] {
  const special: Token[] = [];
  const taken = (start: number, end: number) => special.some((t) => start < t.end && t.start < end);
  const collect = (pattern: RegExp, kind: TokenKind, accept: (s: string) => boolean = () => true) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].length > 0 && accept(match[0]) && !taken(start, end))
        special.push({ kind, text: match[0], start, end });
    }
  };
  collect(url, 'url');
  collect(email, 'email');
  collect(phone, 'phone', (s) => digits(s) >= 8 && digits(s) <= 15);

  const tokens = [...special];
  for (const match of text.matchAll(wordOrNumber)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    tokens.push({ kind: match.groups?.['number'] ? 'number' : 'word', text: match[0], start, end });
  }
  return tokens.sort((a, b) => a.start - b.start);
}
