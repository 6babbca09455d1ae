/** Recipients in: a streamed, validated CSV import with a column mapping step. */
export { detectCsvFormat, type CsvFormat } from './detect-format.ts';
export { parseCsvFields, splitCsvRecords, type RawRecord } from './csv-records.ts';
export {
  codeColumnMissing,
  composableFields,
  fieldNames,
  mappedColumns,
  recipientFields,
  requiredFields,
  recipientMappingSchema,
  resolveMapping,
  suggestMapping,
  type ContactRequirement,
  type RecipientField,
  type RecipientMapping,
} from './mapping.ts';
export {
  readRecipientFileHead,
  readRecipients,
  type ReadRecipientsOptions,
  type RecipientEntry,
  type RecipientFileHead,
  type Rejection,
} from './read-recipients.ts';
export {
  validateRecipient,
  type FieldProblem,
  type PostalAddress,
  type ValidationContext,
  type ValidRecipient,
} from './validate-recipient.ts';
export { csvLine, csvValue, rejectionLines, reportHeader, type ImportTotals } from './validation-report.ts';
export { kindResolver } from './kind-resolver.ts';
export { guessMapping, normaliseHeader, type AmbiguousField, type GuessedMapping } from './guess-mapping.ts';
export {
  decodeRecord,
  encodingFromLabel,
  recipientEncodings,
  type EncodingFinding,
  type RecipientEncoding,
} from './encoding.ts';
export { DuplicateIndex, duplicateReason, personKey } from './duplicates.ts';
export { recipientsSource, workbookCsvName, type RecipientsSource } from './recipients-source.ts';
export { mappingFromHeaders } from './guess-mapping.ts';
export { convertXlsxToCsv, isZipFile } from './xlsx-to-csv.ts';
export { inputNote, type ReadInput } from './input-note.ts';
