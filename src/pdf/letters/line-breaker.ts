/** Measures the width of a piece of text in points, in one font at one size. */
export type Measure = (text: string) => number;

function breakLongWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks text into lines of at most `width` points: greedy, at spaces, keeping each `\n` as a
 * forced break; a word wider than a line is cut between characters. Pure, so a paragraph that
 * every letter shares is broken once and the result reused (see `createLineCache`).
 */
export function breakLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  const space = measure(' ');
  for (const hard of text.split('\n')) {
    const words = hard.split(/ +/).filter(Boolean);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
      } else {
        const pieces = breakLongWord(word, width, measure);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
        lineWidth = measure(line);
      }
    }
    lines.push(line);
  }
  // Every line but the last ends in a space, so that text extraction and screen readers, which
  // join the lines of one tagged paragraph, keep the words apart. A trailing space prints nothing.
  return lines.map((line, i) => (i < lines.length - 1 && line ? `${line} ` : line));
}

/** Shortens a single line to `width`, ending it with an ellipsis when it had to be cut. */
export function fitLine(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * A bounded cache of broken paragraphs, keyed by font, size, width and text. Most of a letter
 * is the same for everyone in a group, so nearly every paragraph is broken only once per
 * process; the bound keeps memory flat whatever the number of letters.
 */
export function createLineCache(limit = 20_000) {
  const cache = new Map<string, string[]>();
  return (key: string, make: () => string[]): string[] => {
    const hit = cache.get(key);
    if (hit) return hit;
    const lines = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, lines);
    return lines;
  };
}
