export { buildVictimLetter, victimLetterText } from './build-victim-letter.ts';
export { formatDay } from './dates.ts';
export {
  victimLetterKinds,
  type LetterBreach,
  type LetterSender,
  type VictimLetter,
  type VictimLetterInput,
  type VictimLetterKind,
} from './types.ts';
