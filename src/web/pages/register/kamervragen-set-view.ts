import { html, type Html } from '../../html.ts';
import type { PageContext } from '../../page.ts';
import type { StoredKamervragenSet, StoredQuestion } from '../../../core/kamervragen/records.ts';

/** The anchor of a question on the page; `prefix` keeps anchors unique when a page shows several sets. */
export function questionAnchor(prefix: string, number: number): string {
  return `${prefix}-vraag-${number}`;
}

function footnoteMarks(page: PageContext, numbers: readonly number[]): Html | false {
  if (numbers.length === 0) return false;
  return html`${numbers.map(
    (n) =>
      html`<sup class="dlw-footnote"
        ><span class="dlw-visually-hidden">${page.t('register.kv.footnote')} </span>${n}</sup
      >`,
  )}`;
}

/** An answer's lines as paragraphs. */
function paragraphs(text: string): Html[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => html`<p class="nl-paragraph">${line}</p>`);
}

function answerOf(page: PageContext, prefix: string, question: StoredQuestion): Html {
  const { t } = page;
  if (question.refersTo !== null)
    return html`<p class="nl-paragraph">
      ${t('register.kv.seeAnswer')}
      <a class="nl-link" href="#${questionAnchor(prefix, question.refersTo)}"
        >${t('register.kv.questionNumber', { number: question.refersTo })}</a
      >.
    </p>`;
  if (question.answer === null)
    return html`<p class="nl-paragraph"><em>${t('register.kv.noAnswer')}</em></p>`;
  return html`${paragraphs(question.answer)}${
    question.answerFootnotes.length > 0 &&
    html`<p class="nl-paragraph">${t('register.kv.footnotes')} ${question.answerFootnotes.join(', ')}</p>`
  }`;
}

/** Who asked and who answered: members of parliament with their party, members of government with role. */
export function setPeople(page: PageContext, set: StoredKamervragenSet): Html {
  const { t } = page;
  return html`<dl class="dlw-facts">
    <dt>${t('register.kv.submitters')}</dt>
    <dd>${set.submitters.map((s, i) => html`${i > 0 && ', '}${s.name}${s.party && html` (${s.party})`}`)}</dd>
    <dt>${t('register.kv.respondents')}</dt>
    <dd>
      ${set.respondents.map(
        (r, i) =>
          html`${i > 0 && '; '}${r.name}${
            (r.role || r.party) && html` (${[r.role, r.party].filter(Boolean).join(', ')})`
          }`,
      )}
    </dd>
    <dt>${t('register.kv.answered')}</dt>
    <dd>${t('register.kv.answeredCount', { answered: set.answeredCount, total: set.questionCount })}</dd>
  </dl>`;
}

/**
 * The questions of a set as numbered question-and-answer pairs. An answer that only points to
 * another links to it within the page; footnote numbers stay visible next to the text.
 */
export function questionList(
  page: PageContext,
  set: StoredKamervragenSet,
  prefix: string,
  level: 3 | 4,
): Html {
  const { t } = page;
  return html`<ol class="dlw-qa-list">
    ${set.questions.map(
      (q) =>
        html`<li class="dlw-qa" id="${questionAnchor(prefix, q.number)}">
          ${
            level === 3
              ? html`<h3 class="nl-heading nl-heading--level-3">
                  ${t('register.kv.questionNumber', { number: q.number })}
                </h3>`
              : html`<h4 class="nl-heading nl-heading--level-4">
                  ${t('register.kv.questionNumber', { number: q.number })}
                </h4>`
          }
          <p class="nl-paragraph"><strong>${q.text}</strong>${footnoteMarks(page, q.footnotes)}</p>
          <p class="nl-paragraph dlw-qa__label">${t('register.kv.answer')}</p>
          ${answerOf(page, prefix, q)}
        </li>`,
    )}
  </ol>`;
}
