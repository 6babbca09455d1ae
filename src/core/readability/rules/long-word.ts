import { finding, type Rule } from '../context.ts';
import { longWordMessage } from '../messages.ts';
import { countSyllables } from '../syllables.ts';
import type { Token } from '../tokens.ts';

/**
 * Abbreviations (BSN, IBAN, DigiD) and names (Autoriteit Persoonsgegevens mid-sentence) are
 * what they are; the writer cannot choose a shorter word for them.
 */
function isNameOrAbbreviation(token: Token, firstInSentence: boolean): boolean {
  if (/\p{Lu}/u.test(token.text.slice(1))) return true;
  return !firstInSentence && /^\p{Lu}/u.test(token.text);
}

/**
 * Flags words longer than the limits in characters or syllables. A hyphen already helps the
 * reader, so each part of a hyphenated word is measured on its own.
 */
export const longWord: Rule = ({ text, lang, sentences, limits }) =>
  sentences.flatMap((sentence) =>
    sentence.tokens
      .filter((token, index) => token.kind === 'word' && !isNameOrAbbreviation(token, index === 0))
      .filter((token) =>
        token.text
          .split(/[-‐]/u)
          .some(
            (part) =>
              [...part].length > limits.maxWordChars || countSyllables(part, lang) > limits.maxWordSyllables,
          ),
      )
      .map((token) =>
        finding(text, token, {
          rule: 'long-word',
          severity: 'warning',
          message: longWordMessage(token.text),
        }),
      ),
  );
