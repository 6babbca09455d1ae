export { codeAlphabet, codeEntropyBits, codeGroupSize, codeLength, codeRandomLength } from './alphabet.ts';
export { checkCharacter, hasValidCheckCharacter } from './check-character.ts';
export { codeEntryUrl, codeUrl } from './code-url.ts';
export { generateCode, type RandomBytes } from './generate-code.ts';
export { hashCode } from './hash-code.ts';
export {
  codeSymbols,
  formatCode,
  normalizeCode,
  validateCode,
  type CodeProblem,
  type CodeValidation,
} from './normalize-code.ts';
