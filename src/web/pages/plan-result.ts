import type { Knowledge } from '../../core/knowledge/index.ts';
import { buildPlan, type Plan, type PlanAction, type PlanContact } from '../../core/plan/index.ts';
import type { Asset } from '../assets/asset-store.ts';
import { html, type Html } from '../html.ts';
import type { PageContext, PageView } from '../page.ts';
import { unknownData } from './plan-form.ts';

/** The answers of the plan form, validated. */
export interface PlanAnswers {
  data: string[];
  certainty: 'confirmed' | 'possibly';
  published: 'yes' | 'no' | 'unknown';
}

/**
 * Someone who does not know which data leaked gets the plan for "other data": the general
 * steps that hold for any breach, with a note to ask the organisation. We never guess data.
 */
export function planCategories(answers: PlanAnswers): string[] {
  const chosen = answers.data.filter((id) => id !== unknownData);
  return chosen.length > 0 ? chosen : ['other'];
}

const h2 = (text: string, id?: string) =>
  html`<h2 class="nl-heading nl-heading--level-2" ${id ? html` id="${id}"` : ''}>${text}</h2>`;
const h3 = (text: string | Html) => html`<h3 class="nl-heading nl-heading--level-3">${text}</h3>`;
const p = (text: string | Html) => html`<p class="nl-paragraph">${text}</p>`;

function outboundLink(url: string, text: string): Html {
  return html`<a class="nl-link" href="${url}">${text}</a>`;
}

function contactBlock(page: PageContext, contact: PlanContact): Html {
  const { t } = page;
  return html`<li class="utrecht-unordered-list__item">
    ${h3(contact.name)} ${p(contact.purpose)}
    ${contact.phone && p(t('plan.contactPhone', { phone: contact.phone }))}
    ${contact.hours && p(t('plan.contactHours', { hours: contact.hours }))} ${contact.how && p(contact.how)}
    ${contact.website && p(html`${t('plan.contactWebsite')} ${outboundLink(`https://${contact.website}`, contact.website)}`)}
  </li>`;
}

/** One action of a plan as a checklist item; ticks are kept in the browser by checklist.js. */
export function checklistItem(page: PageContext, action: PlanAction): Html {
  const { t } = page;
  const id = `do-${action.id}`;
  return html`<li>
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id="${id}"
          data-item="${action.id}"
          aria-describedby="${id}-steps"
        />
      </div>
      <p class="utrecht-form-field__label">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}"
          ><strong>${action.number}. ${action.title}</strong></label
        >
      </p>
      <div class="utrecht-form-field__description" id="${id}-steps">
        <ul class="utrecht-unordered-list">
          ${action.steps.map((step) => html`<li class="utrecht-unordered-list__item">${step}</li>`)}
        </ul>
        <span class="dlw-checklist__why"
          >${t('plan.effort', { effort: action.effortLabel })}${
            action.contacts.length > 0 &&
            html` ·
            ${t('plan.contactsForAction', { names: action.contacts.map((contact) => contact.name).join(', ') })}`
          }</span
        >
      </div>
    </div>
  </li>`;
}

/** Renders a plan: data, risks with why, a checklist per period, contacts, Q&A and sources. */
/**
 * `unknownData`: the person ticked "I don't know"; `onlyUnknown`: and nothing else, so the plan's
 * data is our stand-in ("other data"), which we must not present as what leaked from them.
 */
export function renderPlan(
  page: PageContext,
  plan: Plan,
  options: { unknownData: boolean; onlyUnknown?: boolean },
): Html {
  const { t } = page;
  const dataKnown = options.onlyUnknown !== true;
  return html`<h1 class="nl-heading nl-heading--level-1">${t('plan.title')}</h1>
    <p class="nl-paragraph nl-paragraph--lead">${plan.summary}</p>
    ${
      options.unknownData &&
      html`<div class="utrecht-alert utrecht-alert--warning">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">${p(t('plan.unknownNote'))}</div>
        </div>
      </div>`
    }
    ${plan.notes.map(
      (note) =>
        html`<div class="utrecht-alert utrecht-alert--info">
          <div class="utrecht-alert__content"><div class="utrecht-alert__message">${p(note)}</div></div>
        </div>`,
    )}
    ${
      dataKnown &&
      html`${h2(plan.headings.data, 'data')}
        <ul class="utrecht-unordered-list">
          ${plan.categories.map(
            (category) =>
              html`<li class="utrecht-unordered-list__item">
                <strong>${category.name}</strong>: ${category.description}
              </li>`,
          )}
        </ul>`
    }
    ${
      plan.risks.length > 0 &&
      html`${h2(plan.headings.risks, 'risks')}
      ${plan.risks.map(
        (risk) =>
          html`${h3(html`${risk.name} <span class="utrecht-status-badge utrecht-status-badge--${risk.level === 'high' || risk.level === 'very_high' ? 'danger' : risk.level === 'medium' ? 'warning' : 'neutral'} dlw-risk-level">${risk.levelLabel}</span>`)}
          ${p(risk.description)} ${dataKnown && p(risk.why)}`,
      )}`
    }
    ${h2(plan.headings.actions, 'actions')}
    <p class="nl-paragraph dlw-checklist-status" data-checklist-not-kept>${t('plan.checklistNotKept')}</p>
    <p class="nl-paragraph dlw-checklist-status" data-checklist-kept hidden>${t('plan.checklistKept')}</p>
    ${plan.actionGroups.map(
      (group) =>
        html`${h3(group.heading)}
          <ul class="dlw-checklist" data-checklist="plan">
            ${group.actions.map((action) => checklistItem(page, action))}
          </ul>`,
    )}
    ${
      plan.contacts.length > 0 &&
      html`${h2(plan.headings.contacts, 'contacts')}
        <ul class="utrecht-unordered-list dlw-contacts">
          ${plan.contacts.map((contact) => contactBlock(page, contact))}
        </ul>`
    }
    ${
      plan.questions.length > 0 &&
      html`${h2(plan.headings.questions, 'questions')}
      ${plan.questions.map((question) => html`${h3(question.question)}${p(question.answer)}`)}`
    }
    ${
      plan.sources.length > 0 &&
      html`${h2(plan.headings.sources, 'sources')}
        <ul class="utrecht-unordered-list">
          ${plan.sources.map(
            (source) =>
              html`<li class="utrecht-unordered-list__item">
                ${source.url ? outboundLink(source.url, source.title) : source.title}
                (${source.publisher}${source.reference ? `, ${source.reference}` : ''})
              </li>`,
          )}
        </ul>`
    }
    ${p(t('plan.print'))}`;
}

/** The plan page for validated answers: builds the plan with the core and renders it. */
export function planResultPage(
  page: PageContext,
  knowledge: Knowledge,
  answers: PlanAnswers,
  checklistScript: Asset,
): PageView {
  const plan = buildPlan(knowledge, {
    categories: planCategories(answers),
    certainty: answers.certainty,
    exposure: { published: answers.published === 'yes' },
    lang: page.lang,
  });
  const changeQuery = new URLSearchParams([
    ...answers.data.map((id): [string, string] => ['data', id]),
    ['certainty', answers.certainty],
    ['published', answers.published],
    ['change', '1'],
  ]);
  return {
    title: page.t('plan.title'),
    scripts: [checklistScript],
    body: html`${renderPlan(page, plan, {
        unknownData: answers.data.includes(unknownData),
        onlyUnknown: answers.data.every((id) => id === unknownData),
      })}
      <p class="nl-paragraph dlw-no-print">
        <a class="nl-link" href="${page.href('/plan')}?${changeQuery.toString()}">${page.t('plan.change')}</a>
      </p>`,
  };
}
