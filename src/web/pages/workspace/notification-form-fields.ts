import { informMeans, informStatuses } from '../../../core/authority-notification/ap-form-schema.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext } from '../../page.ts';
import { h2, paragraph } from './common.ts';
import { choiceGroup, selectField, textArea, textField, yesNoField, type FormValues } from './fields.ts';

type Common = { values: FormValues; errors: Map<string, string> };

/**
 * One group of the notification's questions, as the AP form groups them: asked together on the
 * full page, and as one screen of the step-by-step notification. `fields` gives each field's
 * label, for the check page.
 */
export interface NotificationGroup {
  key: string;
  heading: MessageKey;
  fields: readonly { name: string; label: MessageKey }[];
  render: (page: PageContext, common: Common) => Html;
}

const k = (page: PageContext, key: string) => page.t(`notification.${key}` as MessageKey);
const optional = (common: Common) => ({ ...common, optional: true });
const onePerLine = (page: PageContext) => page.t('workspace.notification.onePerLine');

/** The questions of the notification, in the order of the AP form. */
export const notificationGroups: readonly NotificationGroup[] = [
  {
    key: 'contact',
    heading: 'notification.contact.heading',
    fields: [
      { name: 'contact.role', label: 'workspace.notification.contactRole' },
      { name: 'contact.name', label: 'workspace.notification.contactName' },
      { name: 'contact.email', label: 'workspace.notification.contactEmail' },
      { name: 'contact.phone', label: 'workspace.notification.contactPhone' },
      { name: 'authorityReference', label: 'workspace.notification.authorityReference' },
    ],
    render: (page, common) => {
      const { t } = page;
      const o = optional(common);
      return html`${choiceGroup(page, {
        ...common,
        type: 'radio',
        name: 'contact.role',
        label: t('workspace.notification.contactRole'),
        choices: [
          { value: 'dpo', label: t('workspace.notification.contactRole.dpo') },
          { value: 'other', label: t('workspace.notification.contactRole.other') },
        ],
      })}
      ${textField(page, { ...o, name: 'contact.name', label: t('workspace.notification.contactName') })}
      ${textField(page, { ...o, name: 'contact.email', label: t('workspace.notification.contactEmail'), type: 'email' })}
      ${textField(page, { ...o, name: 'contact.phone', label: t('workspace.notification.contactPhone'), type: 'tel' })}
      ${textField(page, {
        ...o,
        name: 'authorityReference',
        label: t('workspace.notification.authorityReference'),
        hint: t('workspace.notification.authorityReferenceHint'),
      })}`;
    },
  },
  {
    key: 'law',
    heading: 'notification.law.heading',
    fields: [{ name: 'form.law', label: 'notification.law' }],
    render: (page, common) =>
      choiceGroup(page, {
        ...common,
        type: 'radio',
        name: 'form.law',
        label: k(page, 'law'),
        hint: k(page, 'law.hint'),
        choices: [
          { value: 'gdpr', label: k(page, 'law.gdpr') },
          { value: 'telecommunicatiewet', label: k(page, 'law.telecommunicatiewet') },
        ],
      }),
  },
  {
    key: 'reporter',
    heading: 'notification.reporter.heading',
    fields: [
      { name: 'form.reporter.name', label: 'notification.reporter.name' },
      { name: 'form.reporter.jobTitle', label: 'notification.reporter.jobTitle' },
      { name: 'form.reporter.phone', label: 'notification.reporter.phone' },
      { name: 'form.reporter.email', label: 'notification.reporter.email' },
      { name: 'form.processor.involved', label: 'notification.processor.involved' },
      { name: 'form.processor.name', label: 'notification.processor.name' },
    ],
    render: (page, common) => {
      const o = optional(common);
      return html`${paragraph(k(page, 'reporter.lead'))}
      ${textField(page, { ...o, name: 'form.reporter.name', label: k(page, 'reporter.name') })}
      ${textField(page, { ...o, name: 'form.reporter.jobTitle', label: k(page, 'reporter.jobTitle') })}
      ${textField(page, { ...o, name: 'form.reporter.phone', label: k(page, 'reporter.phone'), type: 'tel' })}
      ${textField(page, { ...o, name: 'form.reporter.email', label: k(page, 'reporter.email'), type: 'email' })}
      ${yesNoField(page, { ...o, name: 'form.processor.involved', label: k(page, 'processor.involved'), hint: k(page, 'processor.hint') })}
      ${textField(page, { ...o, name: 'form.processor.name', label: k(page, 'processor.name') })}`;
    },
  },
  {
    key: 'consequences',
    heading: 'notification.consequences.heading',
    fields: [
      { name: 'likelyConsequences', label: 'workspace.notification.consequences' },
      { name: 'measures.taken', label: 'workspace.notification.measuresTaken' },
      { name: 'measures.proposed', label: 'workspace.notification.measuresProposed' },
      { name: 'measures.mitigation', label: 'workspace.notification.measuresMitigation' },
      { name: 'delayReasons', label: 'workspace.notification.delayReasons' },
    ],
    render: (page, common) => {
      const { t } = page;
      const o = optional(common);
      const hint = onePerLine(page);
      return html`${textArea(page, { ...o, name: 'likelyConsequences', label: t('workspace.notification.consequences'), hint })}
      ${textArea(page, { ...o, name: 'measures.taken', label: t('workspace.notification.measuresTaken'), hint })}
      ${textArea(page, { ...o, name: 'measures.proposed', label: t('workspace.notification.measuresProposed'), hint })}
      ${textArea(page, { ...o, name: 'measures.mitigation', label: t('workspace.notification.measuresMitigation'), hint })}
      ${textArea(page, { ...o, name: 'delayReasons', label: t('workspace.notification.delayReasons') })}`;
    },
  },
  {
    key: 'before',
    heading: 'notification.before.heading',
    fields: [
      { name: 'form.measuresBefore.hashed', label: 'notification.before.hashed' },
      { name: 'form.measuresBefore.description', label: 'notification.before.description' },
    ],
    render: (page, common) => {
      const o = optional(common);
      return html`${yesNoField(page, { ...o, name: 'form.measuresBefore.hashed', label: k(page, 'before.hashed'), hint: k(page, 'before.hashedHint') })}
      ${textArea(page, { ...o, name: 'form.measuresBefore.description', label: k(page, 'before.description') })}`;
    },
  },
  {
    key: 'people',
    heading: 'notification.people.heading',
    fields: [
      { name: 'form.people.children', label: 'notification.people.children' },
      { name: 'form.people.vulnerableGroups', label: 'notification.people.vulnerable' },
      { name: 'form.people.description', label: 'notification.people.description' },
    ],
    render: (page, common) => {
      const o = optional(common);
      return html`${yesNoField(page, { ...o, name: 'form.people.children', label: k(page, 'people.children') })}
      ${yesNoField(page, { ...o, name: 'form.people.vulnerableGroups', label: k(page, 'people.vulnerable'), hint: k(page, 'people.vulnerableHint') })}
      ${textField(page, { ...o, name: 'form.people.description', label: k(page, 'people.description') })}`;
    },
  },
  {
    key: 'inform',
    heading: 'notification.inform.heading',
    fields: [
      { name: 'form.informingPeople.status', label: 'notification.inform.status' },
      { name: 'form.informingPeople.at', label: 'notification.inform.at' },
      { name: 'form.informingPeople.means', label: 'notification.inform.means' },
      { name: 'form.informingPeople.reasonNot', label: 'notification.inform.reasonNot' },
    ],
    render: (page, common) => {
      const o = optional(common);
      return html`${selectField(page, {
        ...o,
        name: 'form.informingPeople.status',
        label: k(page, 'inform.status'),
        choices: [
          { value: '', label: k(page, 'notAnswered') },
          ...informStatuses.map((s) => ({ value: s, label: k(page, `inform.status.${s}`) })),
        ],
      })}
      ${textField(page, { ...o, name: 'form.informingPeople.at', label: k(page, 'inform.at'), hint: k(page, 'inform.atHint') })}
      ${choiceGroup(page, {
        ...o,
        type: 'checkbox',
        name: 'form.informingPeople.means',
        label: k(page, 'inform.means'),
        choices: informMeans.map((m) => ({ value: m, label: k(page, `inform.means.${m}`) })),
      })}
      ${textArea(page, { ...o, name: 'form.informingPeople.reasonNot', label: k(page, 'inform.reasonNot') })}`;
    },
  },
  {
    key: 'crossBorder',
    heading: 'notification.crossBorder.heading',
    fields: [
      { name: 'form.crossBorder.otherEuCountries', label: 'notification.crossBorder.countries' },
      { name: 'form.crossBorder.otherAuthoritiesNotified', label: 'notification.crossBorder.authorities' },
      { name: 'form.crossBorder.crossBorderProcessing', label: 'notification.crossBorder.processing' },
    ],
    render: (page, common) => {
      const o = optional(common);
      return html`${textField(page, { ...o, name: 'form.crossBorder.otherEuCountries', label: k(page, 'crossBorder.countries'), hint: k(page, 'crossBorder.countriesHint') })}
      ${textArea(page, { ...o, name: 'form.crossBorder.otherAuthoritiesNotified', label: k(page, 'crossBorder.authorities'), hint: onePerLine(page) })}
      ${yesNoField(page, { ...o, name: 'form.crossBorder.crossBorderProcessing', label: k(page, 'crossBorder.processing'), hint: k(page, 'crossBorder.processingHint') })}`;
    },
  },
  {
    key: 'other',
    heading: 'notification.other.heading',
    fields: [{ name: 'form.other', label: 'notification.other' }],
    render: (page, common) =>
      textArea(page, { ...optional(common), name: 'form.other', label: k(page, 'other') }),
  },
  {
    key: 'withdraw',
    heading: 'notification.withdraw.heading',
    fields: [{ name: 'withdrawReason', label: 'notification.withdraw.reason' }],
    render: (page, common) =>
      html`${paragraph(k(page, 'withdraw.lead'))}
      ${textArea(page, { ...optional(common), name: 'withdrawReason', label: k(page, 'withdraw.reason') })}`,
  },
  {
    key: 'send',
    heading: 'notification.send.heading',
    fields: [
      { name: 'lang', label: 'workspace.notification.lang' },
      { name: 'addPublicUpdate', label: 'workspace.notification.addPublicUpdate' },
    ],
    render: (page, common) => {
      const { t } = page;
      return html`${selectField(page, {
        ...common,
        name: 'lang',
        label: t('workspace.notification.lang'),
        choices: [
          { value: 'nl', label: 'Nederlands' },
          { value: 'en', label: 'English' },
        ],
      })}
      ${choiceGroup(page, {
        ...optional(common),
        type: 'checkbox',
        name: 'addPublicUpdate',
        label: t('workspace.notification.publicLegend'),
        choices: [{ value: 'yes', label: t('workspace.notification.addPublicUpdate') }],
      })}`;
    },
  },
];

/** Every field of the notification form, for carrying answers from screen to screen. */
export const notificationFieldNames: readonly string[] = notificationGroups.flatMap((g) =>
  g.fields.map((f) => f.name),
);

/** Every group on one page, each under its heading (the full notification form). */
export function notificationFieldsets(page: PageContext, common: Common): Html {
  return html`${notificationGroups.map((g) => html`${h2(page.t(g.heading))} ${g.render(page, common)}`)}`;
}
