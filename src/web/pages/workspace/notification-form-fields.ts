import { informMeans, informStatuses } from '../../../core/authority-notification/ap-form-schema.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { h2, paragraph } from './common.ts';
import { choiceGroup, selectField, textArea, textField, yesNoField, type FormValues } from './fields.ts';

type Common = { values: FormValues; errors: Map<string, string> };

/**
 * The AP notification form's questions beyond Art. 33(3), grouped as the form groups them: who
 * reports, the measures before the breach, the people affected, informing them, the
 * international questions, anything else, and withdrawing a notification.
 */
export function apFormFieldsets(page: PageContext, common: Common): Html {
  const { t } = page;
  const o = { ...common, optional: true };
  const k = (key: string) => t(`notification.${key}` as MessageKey);
  return html`${h2(k('law.heading'))}
  ${choiceGroup(page, {
    ...common,
    type: 'radio',
    name: 'form.law',
    label: k('law'),
    hint: k('law.hint'),
    choices: [
      { value: 'gdpr', label: k('law.gdpr') },
      { value: 'telecommunicatiewet', label: k('law.telecommunicatiewet') },
    ],
  })}
  ${h2(k('reporter.heading'))} ${paragraph(k('reporter.lead'))}
  ${textField(page, { ...o, name: 'form.reporter.name', label: k('reporter.name') })}
  ${textField(page, { ...o, name: 'form.reporter.jobTitle', label: k('reporter.jobTitle') })}
  ${textField(page, { ...o, name: 'form.reporter.phone', label: k('reporter.phone'), type: 'tel' })}
  ${textField(page, { ...o, name: 'form.reporter.email', label: k('reporter.email'), type: 'email' })}
  ${yesNoField(page, { ...o, name: 'form.processor.involved', label: k('processor.involved'), hint: k('processor.hint') })}
  ${textField(page, { ...o, name: 'form.processor.name', label: k('processor.name') })}
  ${h2(k('before.heading'))}
  ${yesNoField(page, { ...o, name: 'form.measuresBefore.hashed', label: k('before.hashed'), hint: k('before.hashedHint') })}
  ${textArea(page, { ...o, name: 'form.measuresBefore.description', label: k('before.description') })}
  ${h2(k('people.heading'))}
  ${yesNoField(page, { ...o, name: 'form.people.children', label: k('people.children') })}
  ${yesNoField(page, { ...o, name: 'form.people.vulnerableGroups', label: k('people.vulnerable'), hint: k('people.vulnerableHint') })}
  ${textField(page, { ...o, name: 'form.people.description', label: k('people.description') })}
  ${h2(k('inform.heading'))}
  ${selectField(page, {
    ...o,
    name: 'form.informingPeople.status',
    label: k('inform.status'),
    choices: [
      { value: '', label: k('notAnswered') },
      ...informStatuses.map((s) => ({ value: s, label: k(`inform.status.${s}`) })),
    ],
  })}
  ${textField(page, { ...o, name: 'form.informingPeople.at', label: k('inform.at'), hint: k('inform.atHint') })}
  ${choiceGroup(page, {
    ...o,
    type: 'checkbox',
    name: 'form.informingPeople.means',
    label: k('inform.means'),
    choices: informMeans.map((m) => ({ value: m, label: k(`inform.means.${m}`) })),
  })}
  ${textArea(page, { ...o, name: 'form.informingPeople.reasonNot', label: k('inform.reasonNot') })}
  ${h2(k('crossBorder.heading'))}
  ${textField(page, { ...o, name: 'form.crossBorder.otherEuCountries', label: k('crossBorder.countries'), hint: k('crossBorder.countriesHint') })}
  ${textArea(page, { ...o, name: 'form.crossBorder.otherAuthoritiesNotified', label: k('crossBorder.authorities'), hint: t('workspace.notification.onePerLine') })}
  ${yesNoField(page, { ...o, name: 'form.crossBorder.crossBorderProcessing', label: k('crossBorder.processing'), hint: k('crossBorder.processingHint') })}
  ${h2(k('other.heading'))} ${textArea(page, { ...o, name: 'form.other', label: k('other') })}
  ${h2(k('withdraw.heading'))} ${paragraph(k('withdraw.lead'))}
  ${textArea(page, { ...o, name: 'withdrawReason', label: k('withdraw.reason') })}`;
}
