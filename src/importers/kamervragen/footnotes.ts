/**
 * Footnote markers in the export are digits glued to the text: "…zwarte lijst»?1",
 * "bedrijven1 die", "Starlink,4 belang", "afgegeven.3Justis", "geïnformeerd.6, 7, 8 Wat".
 * Real numbers must survive: "2GHz", "IRIS2", "NIS2", "485.000", "BIO 2.0", "nr. 1315",
 * "36800-VII", "112-oproepen". See docs/kamervragen.md for the rules and their reasons.
 */

/** Footnote numbering within one text stream (the questions of a set, or its answers). */
export interface FootnoteCounter {
  /** Highest footnote number seen so far in this stream, 0 at the start. */
  last: number;
}

export interface FootnoteExtraction {
  text: string;
  footnotes: number[];
}

/** Lower-case words that end in digits and are not footnotes. */
const ALNUM_WORDS = new Set([
  'web3',
  'mp3',
  'mp4',
  'covid19',
  'ipv4',
  'ipv6',
  'sha256',
  'log4j',
  'h264',
  'h265',
]);
/** Abbreviations after which a number is a number ("nr.46", "art.5"). */
const NUMBER_ABBREVIATIONS = new Set([
  'nr',
  'art',
  'blz',
  'p',
  'pp',
  'no',
  'lid',
  'versie',
  'vs',
  'fig',
  'tabel',
]);

interface Marker {
  start: number;
  end: number;
  numbers: number[];
  /** Remove the whitespace before the marker too (a marker standing alone at the line end). */
  spaced: boolean;
}

const MAX_FOOTNOTE = 99;

// Each pattern captures the marker digits in group "n"; what may follow is checked separately.
// 1. after a question mark: "?1", "?2 Wat"
const AFTER_QUESTION = /(?<=\?)(?<n>\d{1,2})(?!\d)/gu;
// 2. after punctuation that follows a word: "jl.,1", "werken.1 De", "afgegeven.3Justis", "Starlink,4"
const AFTER_PUNCTUATION = /(?<=(?<word>[\p{L}]+)[)»”’"]?[.,;:)»”’"]{1,2})(?<n>\d{1,2})(?!\d)/gu;
// 3. glued to a lower-case word: "bedrijven1", "vragen1,", "Identiteitsgegevens5)"
const AFTER_WORD = /(?<=(?<word>[\p{L}-]*\p{Ll}\p{Ll}))(?<n>\d{1,2})(?![\d\p{L}])/gu;
// 4. a year with a footnote glued to it: "4 september 20259." (only the expected next number)
const AFTER_YEAR = /(?<![\d.,])(?<year>(?:19|20)\d\d)(?<n>\d{1,2})(?![\d\p{L}])/gu;
// 5. a marker standing alone at the end of the line: "Nederland. 6" (only the expected next number)
const AT_LINE_END = /(?<=(?<word>\p{L}+)[)»”’]?[.!?])(?<space>\s+)(?<n>\d{1,2})\s*$/gu;
// a list continuing a marker: ", 7, 8" in "geïnformeerd.6, 7, 8 Wat"
const LIST_TAIL = /^(?:,\s?\d{1,2}(?!\d))+/u;

function followsCleanly(text: string, index: number): boolean {
  const next = text[index];
  return next === undefined || /[\s,.;:)»”’"!?\p{Lu}]/u.test(next);
}

function readListTail(text: string, marker: Marker, counter: FootnoteCounter): void {
  const tail = LIST_TAIL.exec(text.slice(marker.end));
  if (!tail) return;
  const numbers = tail[0]
    .split(',')
    .filter((s) => s.trim() !== '')
    .map((s) => Number(s.trim()));
  let previous = marker.numbers[marker.numbers.length - 1] ?? counter.last;
  const accepted: number[] = [];
  for (const n of numbers) {
    if (n !== previous + 1) break;
    accepted.push(n);
    previous = n;
  }
  // Only a complete ascending run counts, and only when it ends the clause.
  if (accepted.length !== numbers.length || !followsCleanly(text, marker.end + tail[0].length)) return;
  marker.numbers.push(...accepted);
  marker.end += tail[0].length;
}

/** True when `index` lies in a web address, where digits belong to the address. */
function inWebAddress(text: string, index: number): boolean {
  const start = text.lastIndexOf(' ', index) + 1;
  const end = text.indexOf(' ', index);
  const token = text.slice(start, end === -1 ? undefined : end);
  return /:\/\/|www\./iu.test(token);
}

function overlaps(markers: Marker[], start: number, end: number): boolean {
  return markers.some((m) => start < m.end && end > m.start);
}

function collect(line: string, counter: FootnoteCounter): Marker[] {
  const markers: Marker[] = [];
  const add = (start: number, end: number, n: number, spaced = false): void => {
    if (n < 1 || n > MAX_FOOTNOTE || overlaps(markers, start, end) || inWebAddress(line, start)) return;
    markers.push({ start, end, numbers: [n], spaced });
  };
  for (const m of line.matchAll(AFTER_QUESTION)) {
    const end = m.index + m[0].length;
    if (followsCleanly(line, end)) add(m.index, end, Number(m.groups?.n));
  }
  for (const m of line.matchAll(AFTER_PUNCTUATION)) {
    const word = (m.groups?.word ?? '').toLowerCase();
    const end = m.index + m[0].length;
    if (NUMBER_ABBREVIATIONS.has(word) || !followsCleanly(line, end)) continue;
    add(m.index, end, Number(m.groups?.n));
  }
  for (const m of line.matchAll(AFTER_WORD)) {
    const word = (m.groups?.word ?? '').toLowerCase();
    const lastPart = word.split('-').pop() ?? word;
    if (ALNUM_WORDS.has(`${lastPart}${m.groups?.n}`)) continue;
    add(m.index, m.index + m[0].length, Number(m.groups?.n));
  }
  // The ambiguous forms count only when they continue the numbering at their place in the line.
  const expectedAt = (index: number): number =>
    Math.max(counter.last, ...markers.filter((m) => m.start < index).flatMap((m) => m.numbers)) + 1;
  for (const m of line.matchAll(AFTER_YEAR)) {
    const n = Number(m.groups?.n);
    const start = m.index + (m.groups?.year ?? '').length;
    if (n === expectedAt(start)) add(start, m.index + m[0].length, n);
  }
  for (const m of line.matchAll(AT_LINE_END)) {
    const n = Number(m.groups?.n);
    if (NUMBER_ABBREVIATIONS.has((m.groups?.word ?? '').toLowerCase())) continue;
    if (n === expectedAt(m.index)) add(m.index, m.index + m[0].length, n, true);
  }
  markers.sort((a, b) => a.start - b.start);
  for (const marker of markers) readListTail(line, marker, counter);
  return markers;
}

/**
 * Takes the footnote markers out of one line and returns the clean text and the numbers,
 * in reading order. `counter` carries the numbering of the stream the line belongs to, so
 * that the ambiguous forms (a year with a glued marker, a marker alone at the line end) are
 * only taken when they continue the numbering; it is updated.
 * @example extractFootnotes('bedrijven1 die in 2007', { last: 0 }) // { text: 'bedrijven die in 2007', footnotes: [1] }
 */
export function extractFootnotes(line: string, counter: FootnoteCounter): FootnoteExtraction {
  const markers = collect(line, counter);
  let text = '';
  let cursor = 0;
  const footnotes: number[] = [];
  for (const marker of markers) {
    if (marker.start < cursor) continue;
    let before = line.slice(cursor, marker.start);
    if (marker.spaced) before = before.trimEnd();
    text += before;
    const previous = text[text.length - 1];
    const next = line[marker.end];
    // "afgegeven.3Justis" becomes "afgegeven. Justis": the marker stood where a space belongs.
    if (
      previous !== undefined &&
      next !== undefined &&
      /[.,;:?!)»”’"]/u.test(previous) &&
      /\p{L}/u.test(next)
    ) {
      text += ' ';
    }
    footnotes.push(...marker.numbers);
    cursor = marker.end;
  }
  text += line.slice(cursor);
  for (const n of footnotes) counter.last = Math.max(counter.last, n);
  return { text, footnotes };
}
