import type { BreachDetail } from '../../../use-cases/get-breach.ts';
import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { contextAnswer, contextQuestions } from './assessment-context-fields.ts';
import { facts, h1, h2, link, paragraph, paths } from './common.ts';
import { hiddenFields, type FormValues } from './fields.ts';

/**
 * ENISA's context questions one per screen, each with ENISA's reason as help text. The other
 * facts travel along in hidden fields; the last step assesses the breach with all of them.
 */
export function contextStepPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: { step: number; values: FormValues; carried: readonly string[] },
): PageView {
  const { t } = page;
  const total = contextQuestions.length;
  const step = Math.min(Math.max(state.step, 0), total - 1);
  const question = contextQuestions[step] ?? contextQuestions[0];
  if (!question) throw new Error('no context questions');
  const own = new Set(question.fields);
  const title = t('assessment.steps.title', { step: step + 1, total });
  const base = `${paths.breach(breach.id)}/beoordeling`;
  return {
    title,
    body: html`${h1(title)} ${paragraph(breach.title[page.lang])} ${paragraph(t('assessment.context.lead'))}
      <form method="post" action="${page.href(`${base}/vragen`)}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="stap" value="${String(step)}" />
        ${hiddenFields(
          state.values,
          state.carried.filter((name) => !own.has(name)),
        )}
        ${question.render(page, { values: state.values, errors: new Map() })}
        <div class="dlw-form-buttons">
          ${
            step > 0
              ? html`<button
                  class="nl-button nl-button--secondary"
                  type="submit"
                  name="richting"
                  value="terug"
                >
                  ${t('assessment.steps.back')}
                </button>`
              : ''
          }
          <button class="nl-button nl-button--primary" type="submit" name="richting" value="verder">
            ${step === total - 1 ? t('assessment.steps.toCheck') : t('assessment.steps.next')}
          </button>
          ${link(page.href(base), t('assessment.steps.allOnOnePage'))}
        </div>
      </form>`,
  };
}

/**
 * The check page after the last question: every answer with a "change" button, then assessing
 * the breach again with all the facts.
 */
export function contextCheckPage(
  page: PageContext,
  breach: BreachDetail,
  csrfToken: string,
  state: { values: FormValues; carried: readonly string[] },
): PageView {
  const { t } = page;
  const title = t('assessment.steps.checkTitle');
  const base = `${paths.breach(breach.id)}/beoordeling`;
  return {
    title,
    body: html`${h1(title)} ${paragraph(breach.title[page.lang])}
      <form method="post" action="${page.href(`${base}/vragen`)}" novalidate>
        ${csrfField(csrfToken)}
        <input type="hidden" name="stap" value="overzicht" />
        ${hiddenFields(state.values, state.carried)}
        ${contextQuestions.map((question, index) => {
          const [label, answer] = contextAnswer(page, question, state.values);
          return html`${h2(label)} ${facts(page, [[t('assessment.steps.answer'), answer]])}
            <p class="nl-paragraph">
              <button
                class="nl-button nl-button--secondary"
                type="submit"
                name="richting"
                value="naar-${index}"
              >
                ${t('workspace.wizard.change')}<span class="dlw-visually-hidden">: ${label}</span>
              </button>
            </p>`;
        })}
        <div class="dlw-form-buttons">
          <button class="nl-button nl-button--primary" type="submit" name="richting" value="beoordelen">
            ${t('assessment.steps.finish')}
          </button>
          ${link(page.href(base), t('assessment.steps.allOnOnePage'))}
        </div>
      </form>`,
  };
}
