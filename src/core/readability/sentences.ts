import { isAbbreviation } from './abbreviations.ts';
import type { Span } from './types.ts';

// A list item or heading at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "a. ", "# ".
const lineMarker = /(?:[-*•–]|\d{1,3}[.)]|\p{L}[.)]|#{1,6})[ \t]+/uy;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

function lineStartBefore(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

function startsWithMarker(text: string, lineStart: number): boolean {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  lineMarker.lastIndex = i;
  return lineMarker.test(text);
}

/**
 * Whether the line break at `nl` ends a sentence: a blank line, a list item or heading on
 * either side, a line that ends in a colon or semicolon, or a next line that starts with a
 * capital after a line without punctuation. Other breaks are soft wraps.
 */
function lineBreakEnds(text: string, nl: number): boolean {
  const next = nl + 1;
  const nextEnd = text.indexOf('\n', next);
  const nextLine = text.slice(next, nextEnd < 0 ? text.length : nextEnd);
  if (nextLine.trim() === '') return true;
  if (startsWithMarker(text, next) || startsWithMarker(text, lineStartBefore(text, nl))) return true;
  const before = text.slice(0, nl).trimEnd();
  if (before.endsWith(':') || before.endsWith(';')) return true;
  // A line without final punctuation followed by a capital is a heading or a sentence that
  // lost its full stop; a soft wrap goes on in lower case.
  return /[\p{L}\p{N}]$/u.test(before) && /^\s*\p{Lu}/u.test(nextLine);
}

/** Whether the full stop at `dot` ends a sentence (and is not an abbreviation or list number). */
function fullStopEnds(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !isSpace(text[from - 1])) from--;
  const word = text.slice(from, dot);
  if (word === '') return true;
  if (isAbbreviation(word)) return false;
  if (/^\d{1,3}$/.test(word) && text.slice(lineStartBefore(text, from), from).trim() === '') return false;
  // A lower-case letter after the stop means the sentence goes on: "ca. drie weken".
  let next = dot + 1;
  while (isSpace(text[next]) && text[next] !== '\n') next++;
  const after = text[next];
  return !(after !== undefined && /\p{Ll}/u.test(after));
}

/**
 * Splits `text` into sentences, as spans into the original text without surrounding spaces or
 * list markers. Copes with abbreviations (bijv., o.a., e.g., Art. 34), numbered lists, line
 * breaks and a last sentence without a full stop.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && isSpace(text[e - 1])) e--;
    if (e > start) spans.push({ start, end: e });
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      if (start >= 0 && lineBreakEnds(text, i)) close(i);
      continue;
    }
    if (isSpace(ch)) continue;
    if (start < 0) {
      if (text.slice(lineStartBefore(text, i), i).trim() === '') {
        lineMarker.lastIndex = i;
        if (lineMarker.test(text) && lineMarker.lastIndex < text.length) {
          i = lineMarker.lastIndex - 1;
          continue;
        }
      }
      start = i;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…"'”’)\]]/u.test(text[j] ?? '')) j++;
    if (j < text.length && !isSpace(text[j])) continue; // 3.5, www.site.nl, "?!x"
    if (ch === '.' && j === i + 1 && !fullStopEnds(text, i)) continue;
    close(j);
    i = j - 1;
  }
  close(text.length);
  return spans;
}
