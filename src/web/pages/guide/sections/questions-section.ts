import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import type { GuideRenderOptions } from '../guide-options.ts';
import { h3, link, p, submit } from '../parts.ts';
import { searchQa, type QaItem } from '../qa-search.ts';

/** The questions and answers of a guide page: the organisation's own first, then the general ones. */
export function qaItems(view: GuideView, lang: 'nl' | 'en'): QaItem[] {
  return [
    ...view.context.breach.questions.map((qa, index) => ({
      id: `q-org-${index + 1}`,
      question: qa.question[lang],
      answer: qa.answer[lang],
      from: 'organisation' as const,
    })),
    ...view.plan.questions.map((qa) => ({
      id: `q-${qa.id}`,
      question: qa.question,
      answer: qa.answer,
      from: 'guide' as const,
    })),
  ];
}

/** The searchable Q&A; the search works without script (GET `vraag`). */
export function questionsSection(page: PageContext, view: GuideView, options: GuideRenderOptions): Html {
  const { t, lang } = page;
  const all = qaItems(view, lang);
  const query = (options.query ?? '').trim();
  const shown = query ? searchQa(all, query, lang) : all;
  return html`${
    options.search &&
    html`<form method="get" action="${options.search.action}#vragen" role="search" class="dlw-no-print">
      ${options.search.hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`)}
      <div class="utrecht-form-field utrecht-form-field--text">
        <div class="utrecht-form-field__label">
          <label class="utrecht-form-label" for="vraag">${t('guide.qa.searchLabel')}</label>
        </div>
        <div class="utrecht-form-field__input">
          <input
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            id="vraag"
            name="vraag"
            value="${query}"
          />
        </div>
      </div>
      ${submit(t('guide.qa.searchSubmit'), { secondary: true })}
    </form>`
  }
  ${
    query &&
    html`<p class="nl-paragraph" role="status">
      ${t('guide.qa.results', { count: shown.length, query })}
      ${options.search && link(`${options.search.action}${hiddenQuery(options.search.hidden)}#vragen`, t('guide.qa.clear'))}
    </p>`
  }
  ${shown.map(
    (item) =>
      html`${h3(item.question, item.id)}${p(item.answer)}
      ${item.id === genuineQuestionId && p(link(page.href('/echt'), t('guide.qa.genuineCheck')))}
      ${item.from === 'organisation' && html`<p class="nl-paragraph dlw-checklist__why">${t('guide.qa.fromOrganisation')}</p>`}`,
  )}`;
}

/** The knowledge base's question "how do I know a letter is genuine?" points to the check. */
const genuineQuestionId = 'q-letter_genuine';

function hiddenQuery(hidden: [string, string][]): string {
  return hidden.length > 0 ? `?${new URLSearchParams(hidden).toString()}` : '';
}
