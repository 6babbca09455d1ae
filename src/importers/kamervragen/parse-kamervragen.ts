import { AppError, type FieldError } from '../../errors/catalogue.ts';
import type { Localized } from '../../core/i18n/lang.ts';
import { answerPointer, classifyLine } from './classify-line.ts';
import { extractFootnotes, type FootnoteCounter } from './footnotes.ts';
import { parseRespondents, parseSubmitters } from './people.ts';
import type {
  KamervraagQuestion,
  KamervragenParseResult,
  KamervragenSet,
  ParseWarning,
  UnplacedLine,
} from './types.ts';

/** A line holding only the column separator. */
function isSeparator(line: string | undefined): boolean {
  return line !== undefined && line.trim() === '|';
}

/** A header field: text followed by " |" ("Palantir |"), or " |" alone for an empty field. */
function fieldText(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  const trimmed = line.trimEnd();
  if (isSeparator(trimmed) || !trimmed.endsWith(' |')) return undefined;
  return trimmed.slice(0, -2).trim();
}

/** A header block starts where a field line is followed by a separator line. */
function startsHeader(lines: string[], i: number): boolean {
  return fieldText(lines[i]) !== undefined && isSeparator(lines[i + 1]);
}

interface Header {
  set: KamervragenSet;
  next: number;
}

type HeaderRead = Header | { error: FieldError; next: number };

function lineError(index: number, message: Localized): FieldError {
  return { path: `line ${index + 1}`, message };
}

/** Reads the header block at `i`: title, |, submitters, |, respondents, then one or more |. */
function readHeader(lines: string[], i: number, warnings: ParseWarning[]): HeaderRead {
  const title = fieldText(lines[i]) ?? '';
  const submittersField = fieldText(lines[i + 2]);
  const respondentsField = fieldText(lines[i + 4]);
  const cutShort = (at: number, what: Localized): HeaderRead => ({
    error: lineError(
      Math.min(at, lines.length - 1),
      at >= lines.length
        ? {
            nl: `het bestand houdt op in het kopblok dat begint op regel ${i + 1}; ${what.nl} ontbreekt`,
            en: `the file ends inside the header block that starts at line ${i + 1}; ${what.en} is missing`,
          }
        : {
            nl: `het kopblok dat begint op regel ${i + 1} is te kort: op deze regel hoort ${what.nl}`,
            en: `the header block that starts at line ${i + 1} is cut short: this line should hold ${what.en}`,
          },
    ),
    next: Math.min(at, lines.length),
  });
  if (title === '')
    return {
      error: lineError(i, { nl: 'de titel van de set is leeg', en: 'the title of the set is empty' }),
      next: i + 2,
    };
  const separatorOnly = { nl: 'alleen "|"', en: 'only "|"' };
  if (submittersField === undefined)
    return cutShort(i + 2, {
      nl: 'de indieners, met " |" aan het eind',
      en: 'the submitters, ending in " |"',
    });
  if (!isSeparator(lines[i + 3])) return cutShort(i + 3, separatorOnly);
  if (respondentsField === undefined)
    return cutShort(i + 4, {
      nl: 'de bewindspersonen, met " |" aan het eind',
      en: 'the respondents, ending in " |"',
    });
  if (!isSeparator(lines[i + 5])) return cutShort(i + 5, separatorOnly);
  let next = i + 5;
  while (isSeparator(lines[next])) next += 1;
  const submitters = parseSubmitters(submittersField);
  const respondents = parseRespondents(respondentsField);
  for (const problem of submitters.problems)
    warnings.push({ line: i + 3, message: `submitters: ${problem}` });
  for (const problem of respondents.problems)
    warnings.push({ line: i + 5, message: `respondents: ${problem}` });
  const headerLines: number[] = [];
  for (let n = i; n < next; n += 1) headerLines.push(n + 1);
  return {
    set: {
      title,
      submitters: submitters.people,
      respondents: respondents.people,
      questions: [],
      line: i + 1,
      headerLines,
    },
    next,
  };
}

interface RawQuestion {
  index: number;
  answerIndexes: number[];
}

/** Turns the raw question and answer lines of a set into questions without footnote markers. */
function finishSet(set: KamervragenSet, raw: RawQuestion[], lines: string[], warnings: ParseWarning[]): void {
  const questionCounter: FootnoteCounter = { last: 0 };
  const answerCounter: FootnoteCounter = { last: 0 };
  set.questions = raw.map((q, k): KamervraagQuestion => {
    const question = extractFootnotes(lines[q.index] ?? '', questionCounter);
    const answerParts = q.answerIndexes.map((a) => extractFootnotes(lines[a] ?? '', answerCounter));
    const answer = answerParts.length ? answerParts.map((p) => p.text.trim()).join('\n') : null;
    return {
      number: k + 1,
      text: question.text.trim(),
      answer,
      refersTo: answer === null ? null : answerPointer(answer),
      footnotes: question.footnotes,
      answerFootnotes: answerParts.flatMap((p) => p.footnotes),
      line: q.index + 1,
      answerLines: q.answerIndexes.map((a) => a + 1),
    };
  });
  for (const q of set.questions) {
    if (q.refersTo === null) continue;
    if (q.refersTo === q.number || q.refersTo > set.questions.length) {
      warnings.push({
        line: q.answerLines[0] ?? q.line,
        message: `the answer to question ${q.number} points to question ${q.refersTo}, which this set does not have`,
      });
    }
  }
}

/** Splits text into lines; a final line break does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Parses an export of written parliamentary questions (Kamervragen). Pure: text in, result
 * out. Every line ends up in a set's header, a question, an answer, or `unplaced` with a
 * reason. A broken structure (a header block cut short, a stray header line) throws an
 * `AppError('validation_failed')` whose `fieldErrors` name every bad line as `line N`.
 * @example const { sets } = parseKamervragen(readFileSync(path, 'utf8'));
 */
export function parseKamervragen(text: string): KamervragenParseResult {
  const lines = splitLines(text);
  const sets: KamervragenSet[] = [];
  const unplaced: UnplacedLine[] = [];
  const warnings: ParseWarning[] = [];
  const errors: FieldError[] = [];
  let current: { set: KamervragenSet; raw: RawQuestion[] } | undefined;
  const close = (): void => {
    if (current) finishSet(current.set, current.raw, lines, warnings);
    current = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (startsHeader(lines, i)) {
      close();
      const header = readHeader(lines, i, warnings);
      if ('error' in header) {
        errors.push(header.error);
        // Skip to the next header so that one damaged block does not hide the others' errors.
        i = Math.max(header.next, i + 1);
        while (i < lines.length && !startsHeader(lines, i)) i += 1;
        continue;
      }
      current = { set: header.set, raw: [] };
      sets.push(header.set);
      i = header.next;
      continue;
    }
    const place = (reason: UnplacedLine['reason']): void => {
      unplaced.push({ line: i + 1, text: line, reason });
    };
    if (fieldText(line) !== undefined) {
      errors.push(
        lineError(i, {
          nl: 'deze regel eindigt op " |" zoals een kopregel, maar op de volgende regel staat niet alleen "|"',
          en: 'this line ends in " |" like a header line, but the next line does not hold only "|"',
        }),
      );
    } else if (line.trim() === '') {
      place('blank');
    } else if (isSeparator(line)) {
      place('stray_separator');
    } else if (!current) {
      place('before_first_set');
    } else {
      const { kind, note } = classifyLine(line);
      if (note) warnings.push({ line: i + 1, message: note });
      const last = current.raw[current.raw.length - 1];
      if (kind === 'question') current.raw.push({ index: i, answerIndexes: [] });
      else if (last) last.answerIndexes.push(i);
      else place('before_first_question');
    }
    i += 1;
  }
  close();
  if (errors.length) {
    throw new AppError('validation_failed', {
      detail: `The file is not a valid Kamervragen export: ${errors.length} problem(s), first on ${errors[0]?.path}.`,
      fieldErrors: errors,
    });
  }
  return { sets, unplaced, warnings, lineCount: lines.length };
}

/**
 * Where every line went: a map from line number to its place. Lines that appear twice or
 * not at all point to a parser fault; tests and the CLI check that the map covers 1..lineCount.
 */
export function lineAccounting(result: KamervragenParseResult): Map<number, string> {
  const places = new Map<number, string>();
  const put = (line: number, place: string): void => {
    const before = places.get(line);
    places.set(line, before === undefined ? place : `${before} + ${place}`);
  };
  result.sets.forEach((set, s) => {
    for (const line of set.headerLines) put(line, `set ${s + 1} header`);
    for (const q of set.questions) {
      put(q.line, `set ${s + 1} question ${q.number}`);
      for (const line of q.answerLines) put(line, `set ${s + 1} answer ${q.number}`);
    }
  });
  for (const u of result.unplaced) put(u.line, `unplaced (${u.reason})`);
  return places;
}
