import {
  categoryIds,
  categoryNames,
  incidentKinds,
  specialCategoryIds,
} from '../../../core/assessment/index.ts';
import { specialCategoryNames } from '../../../core/assessment/data-categories.ts';
import { identificationLevels, integrityLevels } from '../../../core/assessment/input-schema.ts';
import { contextFieldset } from './assessment-context-fields.ts';
import {
  exceptionNames,
  incidentKindNames,
  riskLevelNames,
  severityLevelNames,
} from '../../../core/assessment/labels.ts';
import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { facts, h1, h2, h3, link, paragraph, paths, table } from './common.ts';
import {
  choiceGroup,
  selectField,
  textField,
  workspaceErrorSummary,
  yesNoField,
  type FormValues,
} from './fields.ts';
import type { StoredAssessment } from '../../../core/breaches/assessment-records.ts';

const integrityKeys = Object.fromEntries(
  integrityLevels.map((l) => [
    l,
    l === 'altered_possibly_used_recoverable'
      ? `assessment.integrity.${l}`
      : `workspace.assess.integrity.${l}`,
  ]),
) as Record<(typeof integrityLevels)[number], MessageKey>;
const identificationKeys = Object.fromEntries(
  identificationLevels.map((l) => [l, `workspace.assess.identification.${l}`]),
) as Record<(typeof identificationLevels)[number], MessageKey>;

/** The assessment facts form (the core's input schema, one field per fact). */
export function assessmentFormPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: { values: FormValues; errors: Map<string, string> },
): PageView {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  const optional = { ...common, optional: true };
  const title = t('workspace.assess.title');
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${h1(title)} ${paragraph(breach.title[lang])}
      ${paragraph(t('workspace.assess.lead'))} ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(`${paths.breach(breach.id)}/beoordeling`)}" novalidate>
        ${csrfField(csrfToken)}
        ${choiceGroup(page, {
          ...common,
          type: 'radio',
          name: 'incidentKind',
          label: t('workspace.assess.incidentKind'),
          choices: incidentKinds.map((k) => ({ value: k, label: incidentKindNames[k][lang] })),
        })}
        ${choiceGroup(page, {
          ...common,
          type: 'checkbox',
          name: 'categories',
          label: t('workspace.assess.categories'),
          choices: categoryIds.map((id) => ({ value: id, label: categoryNames[id][lang] })),
        })}
        ${choiceGroup(page, {
          ...optional,
          type: 'checkbox',
          name: 'specialCategories',
          label: t('workspace.assess.specialCategories'),
          hint: t('workspace.assess.specialCategoriesHint'),
          choices: specialCategoryIds.map((id) => ({ value: id, label: specialCategoryNames[id][lang] })),
        })}
        ${yesNoField(page, { ...common, name: 'childrenOrVulnerable', label: t('workspace.assess.childrenOrVulnerable') })}
        ${textField(page, { ...common, name: 'peopleCount', label: t('workspace.assess.peopleCount'), inputMode: 'numeric' })}
        ${textField(page, { ...optional, name: 'recordCount', label: t('workspace.assess.recordCount'), inputMode: 'numeric' })}
        ${textField(page, { ...common, name: 'awareDate', label: t('workspace.assess.awareDate'), hint: t('workspace.assess.awareDateHint') })}
        ${textField(page, { ...common, name: 'awareTime', label: t('workspace.assess.awareTime'), hint: t('workspace.assess.awareTimeHint') })}
        ${yesNoField(page, { ...common, name: 'encrypted', label: t('workspace.assess.encrypted') })}
        ${yesNoField(page, { ...optional, name: 'keySafe', label: t('workspace.assess.keySafe'), hint: t('workspace.assess.keySafeHint') })}
        ${yesNoField(page, { ...common, name: 'copiedOut', label: t('workspace.assess.copiedOut') })}
        ${yesNoField(page, { ...common, name: 'publishedOrOffered', label: t('workspace.assess.publishedOrOffered') })}
        ${choiceGroup(page, {
          ...common,
          type: 'radio',
          name: 'integrity',
          label: t('workspace.assess.integrity'),
          choices: integrityLevels.map((l) => ({ value: l, label: t(integrityKeys[l]) })),
        })}
        ${yesNoField(page, { ...common, name: 'availability.lost', label: t('workspace.assess.availabilityLost') })}
        ${yesNoField(page, { ...optional, name: 'availability.restoredFromBackup', label: t('workspace.assess.restoredFromBackup'), hint: t('workspace.assess.onlyWhenLost') })}
        ${textField(page, { ...optional, name: 'availability.hoursUnavailable', label: t('workspace.assess.hoursUnavailable'), inputMode: 'numeric' })}
        ${yesNoField(page, { ...common, name: 'recipientTrusted', label: t('workspace.assess.recipientTrusted') })}
        ${yesNoField(page, { ...common, name: 'maliciousIntent', label: t('workspace.assess.maliciousIntent') })}
        ${yesNoField(page, { ...common, name: 'measuresMakeHighRiskUnlikely', label: t('workspace.assess.measuresMakeHighRiskUnlikely') })}
        ${yesNoField(page, { ...common, name: 'disproportionateEffort', label: t('workspace.assess.disproportionateEffort') })}
        ${yesNoField(page, { ...common, name: 'publicCommunicationPlanned', label: t('workspace.assess.publicCommunicationPlanned') })}
        ${selectField(page, {
          ...optional,
          name: 'identification',
          label: t('workspace.assess.identification'),
          hint: t('workspace.assess.identificationHint'),
          choices: [
            { value: '', label: t('workspace.assess.identification.derived') },
            ...identificationLevels.map((l) => ({ value: l, label: t(identificationKeys[l]) })),
          ],
        })}
        ${contextFieldset(page, common)}
        <div class="dlw-form-buttons">
          <button class="nl-button nl-button--primary" type="submit">${t('workspace.assess.submit')}</button>
          ${link(page.href(paths.breach(breach.id)), t('workspace.form.cancel'))}
        </div>
      </form>`,
  };
}

function reasons(page: PageContext, list: { nl: string; en: string }[]): Html {
  return html`<ul class="utrecht-unordered-list">
    ${list.map((r) => html`<li class="utrecht-unordered-list__item">${r[page.lang]}</li>`)}
  </ul>`;
}

/** The result: ENISA components, levels, Art. 33 and 34 decisions with reasons, the deadline. */
export function assessmentResultPage(
  page: PageContext,
  breach: BreachDetail,
  stored: StoredAssessment,
): PageView {
  const { t, lang } = page;
  const a = stored.assessment;
  const s = a.severity;
  const yes = (value: boolean) => (value ? t('workspace.form.yes') : t('workspace.form.no'));
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return {
    title: t('workspace.result.title'),
    body: html`${h1(t('workspace.result.title'))} ${paragraph(breach.title[lang])}
      ${paragraph(t('workspace.result.assessedAt', { at: when(stored.assessedAt) }))}
      <p class="nl-paragraph nl-paragraph--lead">${a.summary[lang]}</p>
      ${paragraph(link(page.href(`${paths.breach(breach.id)}/beoordeling/vragen`), t('assessment.steps.start')))}
      ${h2(t('workspace.result.severityHeading'))}
      ${facts(page, [
        [t('workspace.result.formula'), s.formula],
        [t('workspace.result.level'), severityLevelNames[s.level][lang]],
        [t('workspace.result.levelReason'), s.levelReason[lang]],
      ])}
      ${h3(t('workspace.result.dpc', { value: s.dpc.value }))}
      ${paragraph(t('workspace.result.dpcBase', { category: categoryNames[s.dpc.base.category][lang] }))}
      ${table(
        t('workspace.result.dpcTable'),
        [
          t('workspace.result.col.category'),
          t('workspace.result.col.class'),
          t('workspace.result.col.score'),
          t('workspace.result.col.reason'),
        ],
        s.dpc.perCategory.map((c) => [
          categoryNames[c.category][lang],
          c.dpcClass,
          String(c.score),
          c.reason[lang],
        ]),
      )}
      ${
        s.dpc.adjustments.length > 0 &&
        reasons(
          page,
          s.dpc.adjustments.map((adj) => ({
            nl: `${adj.delta > 0 ? '+' : ''}${adj.delta}: ${adj.reason.nl}`,
            en: `${adj.delta > 0 ? '+' : ''}${adj.delta}: ${adj.reason.en}`,
          })),
        )
      }
      ${h3(t('workspace.result.ei', { value: s.ei.value }))} ${paragraph(s.ei.reason[lang])}
      ${h3(t('workspace.result.cb', { value: s.cb.total }))}
      ${table(
        t('workspace.result.cbTable'),
        [
          t('workspace.result.col.element'),
          t('workspace.result.col.value'),
          t('workspace.result.col.reason'),
        ],
        (
          [
            ['workspace.result.cb.confidentiality', s.cb.confidentiality],
            ['workspace.result.cb.integrity', s.cb.integrity],
            ['workspace.result.cb.availability', s.cb.availability],
            ['workspace.result.cb.maliciousIntent', s.cb.maliciousIntent],
          ] as const
        ).map(([key, element]) => [t(key), String(element.value), element.reason[lang]]),
      )}
      ${h2(t('workspace.result.riskHeading'))}
      ${facts(page, [
        [t('workspace.assessment.risk'), riskLevelNames[a.risk.level][lang]],
        [t('workspace.result.riskIfIntelligible'), riskLevelNames[a.risk.levelIfIntelligible][lang]],
        [t('workspace.result.largeScale'), yes(a.risk.largeScale)],
      ])}
      ${reasons(page, a.risk.reasons)} ${h2(t('workspace.result.art33Heading'))}
      ${paragraph(t('workspace.result.required', { answer: yes(a.notifyAuthority.required) }))}
      ${reasons(page, a.notifyAuthority.reasons)} ${h2(t('workspace.result.art34Heading'))}
      ${facts(page, [
        [t('workspace.result.informRequired'), yes(a.informPeople.required)],
        [
          t('workspace.result.exception'),
          a.informPeople.exception ? exceptionNames[a.informPeople.exception][lang] : null,
        ],
        [t('workspace.result.publicCommunication'), yes(a.informPeople.publicCommunicationRequired)],
      ])}
      ${reasons(page, a.informPeople.reasons)} ${h2(t('workspace.result.deadlineHeading'))}
      ${facts(page, [
        [t('workspace.result.awareAt'), when(a.deadline.awareAt)],
        [
          t('workspace.result.deadlineAt'),
          a.deadline.applies ? when(a.deadline.deadlineAt) : t('workspace.assessment.noDeadline'),
        ],
        [
          t('workspace.result.deadlineState'),
          !a.deadline.applies
            ? null
            : a.deadline.passed
              ? t('workspace.result.overdue', { hours: a.deadline.hoursOverdue })
              : t('workspace.result.hoursLeft', { hours: a.deadline.hoursLeft }),
        ],
      ])}
      ${reasons(page, a.deadline.reasons)} ${h2(t('workspace.result.documentationHeading'))}
      ${reasons(
        page,
        a.documentation.map((d) => d.text),
      )}
      ${paragraph(link(page.href(paths.breach(breach.id)), t('workspace.result.back')))}`,
  };
}
