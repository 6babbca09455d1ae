export { buildReviewSheet, type ReviewSheet, type SheetBlock } from './build-review-sheet.ts';
