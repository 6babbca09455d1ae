import { specialCategoryNames } from '../../../core/assessment/data-categories.ts';
import {
  contextReasons,
  credentialTargets,
  healthDetails,
  paymentCardDetails,
  volumes,
} from '../../../core/assessment/context-factors.ts';
import { specialCategoryIds } from '../../../core/assessment/index.ts';
import { disclosureLevels, recoveryLevels } from '../../../core/assessment/input-schema.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { h2, paragraph } from './common.ts';
import { choiceGroup, selectField, textField, yesNoField, type FormValues } from './fields.ts';

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

/**
 * The ENISA context questions of the assessment form, each with the reason ENISA gives as help
 * text, and the expert overrides that need a written reason. Every question is optional: left
 * empty, the method's default applies.
 */
export function contextFieldset(page: PageContext, common: Common): Html {
  const { t, lang } = page;
  const optional = { ...common, optional: true };
  const why = (key: keyof typeof contextReasons) => contextReasons[key][lang];
  return html`${h2(t('assessment.context.title'))} ${paragraph(t('assessment.context.lead'))}
  ${optionSelect(page, common, { name: 'disclosedTo', group: 'disclosedTo', values: disclosureLevels, hint: t('assessment.disclosedTo.hint') })}
  ${optionSelect(page, common, { name: 'availability.recovery', group: 'recovery', values: recoveryLevels, hint: t('assessment.recovery.hint') })}
  ${choiceGroup(page, {
    ...optional,
    type: 'checkbox',
    name: 'context.inferredSpecialCategories',
    label: t('assessment.inferredSpecialCategories'),
    hint: why('inferredSpecialCategories'),
    choices: specialCategoryIds.map((id) => ({ value: id, label: specialCategoryNames[id][lang] })),
  })}
  ${yesNoField(page, { ...optional, name: 'context.inferredFinancialStatus', label: t('assessment.inferredFinancialStatus'), hint: why('inferredFinancialStatus') })}
  ${optionSelect(page, common, { name: 'context.healthDetail', group: 'healthDetail', values: healthDetails, hint: why('healthDetail') })}
  ${optionSelect(page, common, { name: 'context.paymentCard', group: 'paymentCard', values: paymentCardDetails, hint: why('paymentCard') })}
  ${optionSelect(page, common, { name: 'context.credentialsAccessTo', group: 'credentialsAccessTo', values: credentialTargets, hint: why('credentialsAccessTo') })}
  ${choiceGroup(page, {
    ...common,
    type: 'radio',
    name: 'context.volume',
    label: t('assessment.volume'),
    hint: why('volume'),
    choices: volumes.map((v) => ({ value: v, label: t(`assessment.volume.${v}` as MessageKey) })),
  })}
  ${yesNoField(page, { ...optional, name: 'context.publiclyAvailable', label: t('assessment.publiclyAvailable'), hint: why('publiclyAvailable') })}
  ${yesNoField(page, { ...optional, name: 'context.safetyAtStake', label: t('assessment.safetyAtStake'), hint: why('safetyAtStake') })}
  ${h2(t('assessment.overrides.title'))} ${paragraph(t('assessment.overrides.lead'))}
  ${selectField(page, {
    ...optional,
    name: 'overrides.dpc.value',
    label: t('assessment.overrides.dpc'),
    choices: [
      { value: '', label: t('assessment.overrides.none') },
      ...['1', '2', '3', '4'].map((v) => ({ value: v, label: v })),
    ],
  })}
  ${textField(page, { ...optional, name: 'overrides.dpc.reason', label: t('assessment.overrides.reason') })}
  ${selectField(page, {
    ...optional,
    name: 'overrides.ei.value',
    label: t('assessment.overrides.ei'),
    choices: [
      { value: '', label: t('assessment.overrides.none') },
      ...['0.25', '0.5', '0.75', '1'].map((v) => ({ value: v, label: v })),
    ],
  })}
  ${textField(page, { ...optional, name: 'overrides.ei.reason', label: t('assessment.overrides.reason') })}`;
}
