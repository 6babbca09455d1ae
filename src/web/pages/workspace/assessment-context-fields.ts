import { specialCategoryNames, type SpecialCategoryId } from '../../../core/assessment/data-categories.ts';
import {
  contextReasons,
  credentialTargets,
  healthDetails,
  paymentCardDetails,
  volumes,
} from '../../../core/assessment/context-factors.ts';
import { specialCategoryIds } from '../../../core/assessment/index.ts';
import { disclosureLevels, recoveryLevels } from '../../../core/assessment/input-schema.ts';
import { criteria, type Criterion } from '../../../core/assessment/overrides.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { h2, paragraph } from './common.ts';
import { choiceGroup, selectField, textField, valuesOf, yesNoField, type FormValues } from './fields.ts';

type Common = { values: FormValues; errors: Map<string, string> };

/** A select whose choices are "not stated" plus each option's message `assessment.<group>.<value>`. */
function optionSelect(
  page: PageContext,
  common: Common,
  options: { name: string; group: string; values: readonly string[]; hint: string },
): Html {
  const { t } = page;
  return selectField(page, {
    ...common,
    optional: true,
    name: options.name,
    label: t(`assessment.${options.group}` as MessageKey),
    hint: options.hint,
    choices: [
      { value: '', label: t('assessment.notStated') },
      ...options.values.map((v) => ({
        value: v,
        label: t(`assessment.${options.group}.${v}` as MessageKey),
      })),
    ],
  });
}

/** One ENISA context question: its form fields and how it is asked. */
export interface ContextQuestion {
  fields: readonly string[];
  /** How the check page names the question (`assessment.<key>`) and shows its answer. */
  answer: { key: string; kind: 'option' | 'yesno' | 'special' };
  render: (page: PageContext, common: Common) => Html;
}

const why = (page: PageContext, key: keyof typeof contextReasons) => contextReasons[key][page.lang];

type Reason = keyof typeof contextReasons;

/** A select question; the help text is ENISA's reason unless the page has its own. */
const option = (
  name: string,
  key: string,
  values: readonly string[],
  hint = (page: PageContext) => why(page, key as Reason),
): ContextQuestion => ({
  fields: [name],
  answer: { key, kind: 'option' },
  render: (page, c) => optionSelect(page, c, { name, group: key, values, hint: hint(page) }),
});

/** A yes/no question under `context.<key>`, with ENISA's reason as help text. */
const yesNo = (key: Reason): ContextQuestion => ({
  fields: [`context.${key}`],
  answer: { key, kind: 'yesno' },
  render: (page, c) =>
    yesNoField(page, {
      ...c,
      optional: true,
      name: `context.${key}`,
      label: page.t(`assessment.${key}` as MessageKey),
      hint: why(page, key),
    }),
});

/**
 * The ENISA context questions, in the order they are asked, each with the reason ENISA gives as
 * help text. Every question is optional: left empty, the method's default applies.
 */
export const contextQuestions: readonly ContextQuestion[] = [
  option('disclosedTo', 'disclosedTo', disclosureLevels, (page) => page.t('assessment.disclosedTo.hint')),
  option('availability.recovery', 'recovery', recoveryLevels, (page) => page.t('assessment.recovery.hint')),
  {
    fields: ['context.inferredSpecialCategories'],
    answer: { key: 'inferredSpecialCategories', kind: 'special' },
    render: (page, c) =>
      choiceGroup(page, {
        ...c,
        optional: true,
        type: 'checkbox',
        name: 'context.inferredSpecialCategories',
        label: page.t('assessment.inferredSpecialCategories'),
        hint: why(page, 'inferredSpecialCategories'),
        choices: specialCategoryIds.map((id) => ({ value: id, label: specialCategoryNames[id][page.lang] })),
      }),
  },
  yesNo('inferredFinancialStatus'),
  option('context.healthDetail', 'healthDetail', healthDetails),
  option('context.paymentCard', 'paymentCard', paymentCardDetails),
  option('context.credentialsAccessTo', 'credentialsAccessTo', credentialTargets),
  {
    fields: ['context.volume'],
    answer: { key: 'volume', kind: 'option' },
    render: (page, c) =>
      choiceGroup(page, {
        ...c,
        type: 'radio',
        name: 'context.volume',
        label: page.t('assessment.volume'),
        hint: why(page, 'volume'),
        choices: volumes.map((v) => ({ value: v, label: page.t(`assessment.volume.${v}` as MessageKey) })),
      }),
  },
  yesNo('publiclyAvailable'),
  yesNo('safetyAtStake'),
];

/** A question and its answer in words, for the check page; null when not answered. */
export function contextAnswer(
  page: PageContext,
  question: ContextQuestion,
  values: FormValues,
): [string, string | null] {
  const { t } = page;
  const { key, kind } = question.answer;
  const given = (question.fields[0] ? valuesOf(values, question.fields[0]) : []).filter((v) => v !== '');
  const label = t(`assessment.${key}` as MessageKey);
  if (given.length === 0) return [label, null];
  const word = (v: string) =>
    kind === 'yesno'
      ? t(v === 'yes' ? 'workspace.form.yes' : 'workspace.form.no')
      : kind === 'special'
        ? (specialCategoryNames[v as SpecialCategoryId]?.[page.lang] ?? v)
        : t(`assessment.${key}.${v}` as MessageKey);
  return [label, given.map(word).join(', ')];
}

/** The values an expert may choose per criterion: ENISA's scale for each. */
const overrideScales: Record<Criterion, readonly string[]> = {
  dpc: ['1', '2', '3', '4'],
  ei: ['0.25', '0.5', '0.75', '1'],
  confidentiality: ['0', '0.25', '0.5'],
  integrity: ['0', '0.25', '0.5'],
  availability: ['0', '0.25', '0.5'],
  maliciousIntent: ['0', '0.5'],
};

/** The criteria's names in the reason's label, so each reason field has its own label. */
const criterionNames: Record<Criterion, { nl: string; en: string }> = {
  dpc: { nl: 'soort gegevens, DPC', en: 'kind of data, DPC' },
  ei: { nl: 'herkenbaarheid, EI', en: 'identification, EI' },
  confidentiality: { nl: 'vertrouwelijkheid, CB', en: 'confidentiality, CB' },
  integrity: { nl: 'integriteit, CB', en: 'integrity, CB' },
  availability: { nl: 'beschikbaarheid, CB', en: 'availability, CB' },
  maliciousIntent: { nl: 'kwade bedoeling, CB', en: 'malicious intent, CB' },
};

/** The expert overrides, one per ENISA criterion, each needing a written reason. */
export function overrideFields(page: PageContext, common: Common): Html {
  const { t } = page;
  const optional = { ...common, optional: true };
  return html`${h2(t('assessment.overrides.title'))} ${paragraph(t('assessment.overrides.lead'))}
  ${criteria.map(
    (criterion) =>
      html`${selectField(page, {
        ...optional,
        name: `overrides.${criterion}.value`,
        label: t(`assessment.overrides.${criterion}` as MessageKey),
        choices: [
          { value: '', label: t('assessment.overrides.none') },
          ...overrideScales[criterion].map((v) => ({ value: v, label: v })),
        ],
      })}
      ${textField(page, {
        ...optional,
        name: `overrides.${criterion}.reason`,
        label: t('assessment.overrides.reasonFor', { criterion: criterionNames[criterion][page.lang] }),
      })}`,
  )}`;
}

/** All context questions on one page, then the overrides (the full assessment form). */
export function contextFieldset(page: PageContext, common: Common): Html {
  const { t } = page;
  return html`${h2(t('assessment.context.title'))} ${paragraph(t('assessment.context.lead'))}
  ${contextQuestions.map((q) => q.render(page, common))} ${overrideFields(page, common)}`;
}
