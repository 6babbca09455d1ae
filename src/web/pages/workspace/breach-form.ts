import { certainties, partyRoles, sectors, sourceKinds } from '../../../core/breaches/vocabulary.ts';
import type { BreachRecord } from '../../../core/breaches/breach.ts';
import type { Category } from '../../../core/knowledge/index.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { certaintyKeys } from './breach-page.ts';
import { h1, link, paragraph, paths } from './common.ts';
import {
  choiceGroup,
  selectField,
  textArea,
  textField,
  workspaceErrorSummary,
  type FormValues,
} from './fields.ts';
import { dateFieldNames, dateKeys, partyRoleKeys, sectorKeys } from './register-wizard.ts';

export const sourceKindKeys = Object.fromEntries(
  sourceKinds.map((k) => [k, `workspace.sourceKind.${k}`]),
) as Record<(typeof sourceKinds)[number], MessageKey>;

/** How many empty rows each list offers for adding (no JavaScript needed). */
export const spareRowCount = 2;

/** A stored breach as the edit form's flat values; `partySlugs` maps party ids to short names. */
export function breachFormValues(breach: BreachRecord, partySlugs: Map<string, string>): FormValues {
  const values: FormValues = {
    'title.nl': breach.title.nl,
    'title.en': breach.title.en,
    sector: breach.sector,
    'description.nl': breach.description.nl,
    'description.en': breach.description.en,
    ownRole: breach.parties.find((p) => p.organisationId === breach.organisationId)?.role ?? 'controller',
    dataCategories: [...breach.dataCategories],
    'helpline.phone': breach.helpline?.phone ?? '',
    'helpline.hours.nl': breach.helpline?.hours?.nl ?? '',
    'helpline.hours.en': breach.helpline?.hours?.en ?? '',
    'helpline.url': breach.helpline?.url ?? '',
    'privacyContact.email': breach.privacyContact?.email ?? '',
    'privacyContact.postalAddress': breach.privacyContact?.postalAddress ?? '',
  };
  for (const name of dateFieldNames) values[name] = breach.dates[name] ?? '';
  breach.parties
    .filter((p) => p.organisationId !== breach.organisationId)
    .forEach((p, i) => {
      values[`otherParties.${i}.slug`] = partySlugs.get(p.organisationId) ?? '';
      values[`otherParties.${i}.role`] = p.role;
    });
  breach.recipientGroups.forEach((g, i) => {
    values[`recipientGroups.${i}.name.nl`] = g.name.nl;
    values[`recipientGroups.${i}.name.en`] = g.name.en;
    values[`recipientGroups.${i}.certainty`] = g.certainty;
    values[`recipientGroups.${i}.count`] = g.count === null ? '' : String(g.count);
  });
  breach.measures.forEach((m, i) => {
    values[`measures.${i}.nl`] = m.nl;
    values[`measures.${i}.en`] = m.en;
  });
  breach.questions.forEach((q, i) => {
    values[`questions.${i}.question.nl`] = q.question.nl;
    values[`questions.${i}.question.en`] = q.question.en;
    values[`questions.${i}.answer.nl`] = q.answer.nl;
    values[`questions.${i}.answer.en`] = q.answer.en;
  });
  breach.sources.forEach((s, i) => {
    values[`sources.${i}.title`] = s.title;
    values[`sources.${i}.url`] = s.url ?? '';
    values[`sources.${i}.kind`] = s.kind;
  });
  return values;
}

/** The number of rows to show for a list: the filled ones plus spare empty rows. */
function rowCount(values: FormValues, list: string): number {
  let highest = -1;
  for (const key of Object.keys(values)) {
    const match = new RegExp(`^${list}\\.(\\d{1,3})\\.`).exec(key);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1 + spareRowCount;
}

/** A fieldset; `id` lets error links (also from the publish page) jump to the group. */
function group(legend: string, content: Html, hint?: string, id?: string): Html {
  return html`<fieldset
    class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
    ${id ? html` id="${id}"` : ''}
  >
    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
      ${legend}
    </legend>
    ${hint && html`<p class="utrecht-form-field-description">${hint}</p>`} ${content}
  </fieldset>`;
}

function rows(
  page: PageContext,
  values: FormValues,
  list: string,
  legendKey: MessageKey,
  render: (prefix: string) => Html,
): Html[] {
  const count = rowCount(values, list);
  return Array.from({ length: count }, (_, i) =>
    group(page.t(legendKey, { number: i + 1 }), render(`${list}.${i}`)),
  );
}

/** Edit every field of a breach: one form, lists with spare rows, values kept on error. */
export function breachFormPage(
  page: PageContext,
  breach: BreachRecord,
  csrfToken: string,
  categories: Category[],
  state: { values: FormValues; errors: Map<string, string> },
): PageView {
  const { t, lang } = page;
  const common = { values: state.values, errors: state.errors };
  const optional = { ...common, optional: true };
  const title = t('workspace.edit.title');
  const roleChoices = partyRoles.map((r) => ({ value: r, label: t(partyRoleKeys[r]) }));
  return {
    status: state.errors.size > 0 ? 400 : 200,
    title: state.errors.size > 0 ? `${t('workspace.form.errorPrefix')} ${title}` : title,
    body: html`${workspaceErrorSummary(page, state.errors)} ${h1(title)} ${paragraph(breach.title[lang])}
      ${paragraph(t('workspace.edit.lead'))} ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(`${paths.breach(breach.id)}/bewerken`)}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="expectedVersion" value="${breach.version}" />
        ${group(
          t('workspace.edit.section.core'),
          html`${textField(page, { ...common, name: 'title.nl', label: t('workspace.field.titleNl') })}
          ${textField(page, { ...common, name: 'title.en', label: t('workspace.field.titleEn') })}
          ${selectField(page, {
            ...common,
            name: 'sector',
            label: t('workspace.field.sector'),
            choices: sectors.map((s) => ({ value: s, label: t(sectorKeys[s]) })),
          })}
          ${textArea(page, { ...common, name: 'description.nl', label: t('workspace.field.descriptionNl'), rows: 6 })}
          ${textArea(page, { ...common, name: 'description.en', label: t('workspace.field.descriptionEn'), rows: 6 })}
          ${choiceGroup(page, { ...common, type: 'radio', name: 'ownRole', label: t('workspace.field.ownRole'), choices: roleChoices })}`,
        )}
        ${group(
          t('workspace.edit.section.parties'),
          html`${rows(
            page,
            state.values,
            'otherParties',
            'workspace.edit.partyN',
            (p) =>
              html`${textField(page, { ...optional, name: `${p}.slug`, label: t('workspace.edit.partySlug'), hint: t('workspace.edit.partySlugHint') })}
              ${selectField(page, { ...common, name: `${p}.role`, label: t('workspace.edit.partyRole'), choices: roleChoices })}`,
          )}`,
          t('workspace.edit.partiesHint'),
          'otherParties',
        )}
        ${group(
          t('workspace.wizard.step.dates'),
          html`${dateFieldNames.map((name) =>
            textField(page, {
              ...optional,
              name,
              label: t(dateKeys[name]),
              hint: t('workspace.field.dateFormat'),
            }),
          )}`,
        )}
        ${choiceGroup(page, {
          ...optional,
          type: 'checkbox',
          name: 'dataCategories',
          label: t('workspace.field.dataCategories'),
          choices: categories.map((c) => ({ value: c.id, label: c.name[lang] })),
        })}
        ${group(
          t('workspace.edit.section.groups'),
          html`${rows(
            page,
            state.values,
            'recipientGroups',
            'workspace.edit.groupN',
            (p) =>
              html`${textField(page, { ...optional, name: `${p}.name.nl`, label: t('workspace.group.nameNl') })}
              ${textField(page, { ...optional, name: `${p}.name.en`, label: t('workspace.group.nameEn') })}
              ${selectField(page, {
                ...common,
                name: `${p}.certainty`,
                label: t('workspace.group.certainty'),
                choices: certainties.map((c) => ({
                  value: c,
                  label: t(certaintyKeys[c] ?? 'workspace.certainty.possibly'),
                })),
              })}
              ${textField(page, { ...optional, name: `${p}.count`, label: t('workspace.group.count'), inputMode: 'numeric' })}`,
          )}`,
          t('workspace.edit.groupsHint'),
          'recipientGroups',
        )}
        ${group(
          t('workspace.breach.measuresHeading'),
          html`${rows(
            page,
            state.values,
            'measures',
            'workspace.edit.measureN',
            (p) =>
              html`${textArea(page, { ...optional, name: `${p}.nl`, label: t('workspace.edit.measureNl'), rows: 2 })}
              ${textArea(page, { ...optional, name: `${p}.en`, label: t('workspace.edit.measureEn'), rows: 2 })}`,
          )}`,
          undefined,
          'measures',
        )}
        ${group(
          t('workspace.breach.helplineHeading'),
          html`${textField(page, { ...optional, name: 'helpline.phone', label: t('workspace.helpline.phone'), type: 'tel' })}
          ${textField(page, { ...optional, name: 'helpline.hours.nl', label: t('workspace.helpline.hoursNl') })}
          ${textField(page, { ...optional, name: 'helpline.hours.en', label: t('workspace.helpline.hoursEn') })}
          ${textField(page, { ...optional, name: 'helpline.url', label: t('workspace.helpline.url'), type: 'url' })}`,
          undefined,
          'helpline',
        )}
        ${group(
          t('guide.privacyContact.heading'),
          html`${textField(page, { ...optional, name: 'privacyContact.email', label: t('guide.privacyContact.email'), type: 'email' })}
          ${textField(page, { ...optional, name: 'privacyContact.postalAddress', label: t('guide.privacyContact.postalAddress'), hint: t('guide.privacyContact.postalAddressHint') })}`,
          t('guide.privacyContact.hint'),
          'privacyContact',
        )}
        ${group(
          t('workspace.breach.questionsHeading'),
          html`${rows(
            page,
            state.values,
            'questions',
            'workspace.edit.questionN',
            (p) =>
              html`${textField(page, { ...optional, name: `${p}.question.nl`, label: t('workspace.edit.questionNl') })}
              ${textField(page, { ...optional, name: `${p}.question.en`, label: t('workspace.edit.questionEn') })}
              ${textArea(page, { ...optional, name: `${p}.answer.nl`, label: t('workspace.edit.answerNl'), rows: 3 })}
              ${textArea(page, { ...optional, name: `${p}.answer.en`, label: t('workspace.edit.answerEn'), rows: 3 })}`,
          )}`,
          undefined,
          'questions',
        )}
        ${group(
          t('workspace.breach.sourcesHeading'),
          html`${rows(
            page,
            state.values,
            'sources',
            'workspace.edit.sourceN',
            (p) =>
              html`${textField(page, { ...optional, name: `${p}.title`, label: t('workspace.edit.sourceTitle') })}
              ${textField(page, { ...optional, name: `${p}.url`, label: t('workspace.edit.sourceUrl'), type: 'url' })}
              ${selectField(page, {
                ...common,
                name: `${p}.kind`,
                label: t('workspace.edit.sourceKind'),
                choices: sourceKinds.map((k) => ({ value: k, label: t(sourceKindKeys[k]) })),
              })}`,
          )}`,
          undefined,
          'sources',
        )}
        <div class="dlw-form-buttons">
          <button class="nl-button nl-button--primary" type="submit">${t('workspace.edit.submit')}</button>
          ${link(page.href(paths.breach(breach.id)), t('workspace.form.cancel'))}
        </div>
      </form>`,
  };
}
