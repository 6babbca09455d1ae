import type { Respondent, StoredQuestion, Submitter } from '../../core/kamervragen/records.ts';

export type { Respondent, Submitter };

/** One question and, when the export has it, its answer, with where it stands in the file. */
export interface KamervraagQuestion extends StoredQuestion {
  /** Line of the question in the file (1-based). */
  line: number;
  /** Lines of the answer in the file. */
  answerLines: number[];
}

/** One set of written questions: what lies between two header blocks. */
export interface KamervragenSet {
  title: string;
  submitters: Submitter[];
  respondents: Respondent[];
  questions: KamervraagQuestion[];
  /** Line of the title (1-based). */
  line: number;
  /** Every line of the header block: title, submitters, respondents and the `|` separators. */
  headerLines: number[];
}

/** A line that belongs to no set, question or answer, with the reason. */
export interface UnplacedLine {
  line: number;
  text: string;
  reason: 'before_first_set' | 'before_first_question' | 'blank' | 'stray_separator';
}

/** Something the parser decided that a person may want to check. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** What `parseKamervragen` returns when the structure is sound. */
export interface KamervragenParseResult {
  sets: KamervragenSet[];
  unplaced: UnplacedLine[];
  warnings: ParseWarning[];
  /** Number of lines in the input (a final line break does not start another line). */
  lineCount: number;
}
