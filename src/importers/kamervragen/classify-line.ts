/**
 * Deciding whether a body line is a question or part of an answer. The export marks neither,
 * so the rule rests on what the seed export shows (see docs/kamervragen.md):
 * - every question line ends in "?", possibly followed by closing quotes and a footnote marker
 *   ("…zwarte lijst»?1"), also when it holds more than one sentence ("…?2 Wat vindt u …?");
 * - answers are statements; none in the seed ends in "?".
 * Two exceptions keep an answer that does end in "?" from starting a new question, and one
 * lets a question that goes on after its "?" ("…?1 Zo ja, graag een toelichting.") be one.
 */

const ENDS_IN_QUESTION_MARK = /\?[»”’"')\]]*\s*(?:\d{1,2}(?:,\s?\d{1,2})*)?\s*$/u;
/** Openings that only an answer has: "Ja.", "Nee, …", "Zie antwoord vraag 8." */
const ANSWER_OPENING = /^(?:(?:ja|nee)(?:[\s,.;:!]|$)|zie\s+(?:ook\s+)?(?:het\s+|mijn\s+|de\s+)?antwoord)/iu;
/** Openings of a question: a question word, or a verb followed by "u"/"het"/"er". */
const QUESTION_OPENING =
  /^(?:wat|welke?|wie|waar\w*|waarom|wanneer|hoe\w*|in\s+hoeverre|op\s+welke|\p{L}+\s+(?:u|het|er|de\s+minister)\b)/iu;

export type LineKind = 'question' | 'answer';

export interface LineClassification {
  kind: LineKind;
  /** Set when the rule had to choose against a surface sign; the parser turns it into a warning. */
  note?: string;
}

/** Classifies one body line (not a header line) as a question or an answer line. */
export function classifyLine(line: string): LineClassification {
  const text = line.trim();
  if (ENDS_IN_QUESTION_MARK.test(text)) {
    if (ANSWER_OPENING.test(text)) {
      return {
        kind: 'answer',
        note: 'ends in "?" but opens as an answer does ("Ja", "Nee", "Zie antwoord"); kept in the answer',
      };
    }
    return { kind: 'question' };
  }
  const mark = text.indexOf('?');
  if (mark > 0 && QUESTION_OPENING.test(text) && !ANSWER_OPENING.test(text)) {
    return {
      kind: 'question',
      note: 'does not end in "?" but opens as a question and contains one; read as a question',
    };
  }
  return { kind: 'answer' };
}

const POINTER =
  /^zie\s+(?:ook\s+)?(?:het\s+|mijn\s+|de\s+)?antwoord(?:en)?\s+(?:op\s+|bij\s+)?(?:de\s+)?vra(?:a)?g(?:en)?\s+(\d{1,3})\s*\.?$/iu;

/**
 * The question number an answer only points to, or null: "Zie antwoord vraag 8." → 8,
 * "Zie het antwoord op vraag 3" → 3. An answer that says more than the pointer is no pointer.
 */
export function answerPointer(answer: string): number | null {
  const match = POINTER.exec(answer.trim());
  return match ? Number(match[1]) : null;
}
