import {
  composableFields,
  recipientFields,
  requiredFields,
  type RecipientField,
} from '../../../importers/recipients-csv/index.ts';
import type { RecipientsUpload } from '../../../use-cases/check-recipients-file.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { paragraph } from '../workspace/common.ts';
import { selectField, type FormValues } from '../workspace/fields.ts';

/** Extra selects of a composed field: `mapping.name.2`, `mapping.name.3` (first name, prefix, surname). */
export function partNames(field: RecipientField): string[] {
  return composableFields.includes(field) ? [`mapping.${field}.2`, `mapping.${field}.3`] : [];
}

/** Every form name of the column step, to carry the choices to the start button. */
export const columnFormNames = [
  ...recipientFields.flatMap((f) => [`mapping.${f}`, ...partNames(f)]),
  'encoding',
  'sheet',
];

const partKeys: Record<string, [MessageKey, MessageKey]> = {
  name: ['recipients.mapping.namePart2', 'recipients.mapping.namePart3'],
  houseNumber: ['recipients.mapping.numberPart2', 'recipients.mapping.numberPart3'],
};

/**
 * The column selects: fields the letters cannot do without are marked required (the others
 * say "optional"), a name or house number can take two more columns (voornaam + tussenvoegsel
 * + achternaam; huisnummer + huisletter + toevoeging), and fields two columns could fill are
 * named so the user chooses. Then the encoding, detected or chosen.
 */
export function columnFields(
  page: PageContext,
  data: {
    upload: RecipientsUpload;
    values: FormValues;
    errors: Map<string, string>;
    fieldKeys: Record<RecipientField, MessageKey>;
  },
): Html {
  const { t } = page;
  const { upload } = data;
  const required = requiredFields('postal');
  const choices = [
    { value: '', label: t('letters.mapping.notUsed') },
    ...upload.headers.map((h) => ({ value: h, label: h })),
  ];
  const select = (name: string, label: string, optional: boolean, hint?: string) =>
    selectField(page, { name, label, values: data.values, errors: data.errors, choices, optional, hint });
  return html`${sheetField(page, data)}${paragraph(t('recipients.mapping.requiredHint'))}
  ${upload.ambiguous.map((a) =>
    paragraph(
      t('recipients.mapping.ambiguous', {
        field: t(data.fieldKeys[a.field]),
        columns: a.headers.join(', '),
      }),
    ),
  )}
  ${recipientFields.map((field) => {
    const keys = partKeys[field];
    const composedHint = keys ? t('recipients.mapping.composedHint') : undefined;
    return html`${select(`mapping.${field}`, t(data.fieldKeys[field]), !required.includes(field), composedHint)}
    ${keys ? partNames(field).map((name, i) => select(name, t(keys[i] as MessageKey), true)) : ''}`;
  })}
  ${selectField(page, {
    name: 'encoding',
    label: t('recipients.encoding.label'),
    hint: upload.workbook
      ? t('recipients.encoding.workbook', { sheet: upload.sheet ?? '' })
      : t(upload.encoding === 'utf-8' ? 'recipients.encoding.readUtf8' : 'recipients.encoding.read1252'),
    values: data.values,
    errors: data.errors,
    optional: true,
    choices: [
      { value: 'auto', label: t('recipients.encoding.auto') },
      { value: 'utf-8', label: 'UTF-8' },
      { value: 'windows-1252', label: t('recipients.encoding.windows1252') },
    ],
  })}`;
}

/**
 * For a workbook of more than one sheet: which sheet holds the recipients (the first is read
 * until another is chosen). Choosing another and checking again reads that sheet and suggests
 * its columns anew.
 */
function sheetField(
  page: PageContext,
  data: { upload: RecipientsUpload; values: FormValues; errors: Map<string, string> },
): Html {
  const { upload } = data;
  if (upload.sheets.length < 2) return html``;
  return selectField(page, {
    name: 'sheet',
    label: page.t('recipients.sheet.label'),
    hint: page.t('recipients.sheet.hint'),
    values: data.values,
    errors: data.errors,
    choices: upload.sheets.map((name) => ({ value: name, label: name })),
  });
}
