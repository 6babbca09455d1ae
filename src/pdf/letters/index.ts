export {
  createLetterBatchWriter,
  type LetterBatchOptions,
  type LetterBatchWriter,
  type PlacedLetter,
} from './batch-writer.ts';
export { loadLetterFonts, type LetterFonts } from './fonts.ts';
export { layout } from './layout.ts';
export { renderLetter, stampPageNumbers, type LetterCanvas } from './render-letter.ts';
