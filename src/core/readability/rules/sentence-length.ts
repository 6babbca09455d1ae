import { finding, type Rule } from '../context.ts';
import { sentenceTooLongMessage } from '../messages.ts';

/** Flags sentences with more words than `limits.maxSentenceWords`. URLs and numbers count as one word. */
export const sentenceLength: Rule = ({ text, sentences, limits }) =>
  sentences
    .filter((s) => s.tokens.length > limits.maxSentenceWords)
    .map((s) =>
      finding(text, s, {
        rule: 'sentence-too-long',
        severity: 'warning',
        message: sentenceTooLongMessage(s.tokens.length, limits.maxSentenceWords),
      }),
    );
