import type { Snippet } from '../../../core/search/dutch-text.ts';
import { html, type Html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { questionAnchor, questionList, setPeople } from './kamervragen-set-view.ts';
import type { BreachSummary } from '../../../core/breaches/breach-summary.ts';
import type {
  KamervragenSearchHit,
  KamervragenSearchResult,
  KamervragenSetSummary,
  StoredKamervragenSet,
} from '../../../core/kamervragen/records.ts';

/** A snippet with its matching words in `<mark>`; every piece of text is escaped. */
export function markedSnippet(snippet: Snippet): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const [start, end] of [...snippet.highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(
      html`${snippet.text.slice(at, start)}<mark class="nl-mark">${snippet.text.slice(start, end)}</mark>`,
    );
    at = end;
  }
  parts.push(html`${snippet.text.slice(at)}`);
  return html`${parts}`;
}

/** The prefix of question anchors on a set's own page. */
export const setAnchorPrefix = 'kv';

function hitItem(page: PageContext, hit: KamervragenSearchHit): Html {
  const { t } = page;
  const href =
    page.href(`/kamervragen/${hit.setId}`) +
    (hit.questionNumber === null ? '' : `#${questionAnchor(setAnchorPrefix, hit.questionNumber)}`);
  return html`<li class="dlw-search-hit">
    <h3 class="nl-heading nl-heading--level-3">
      <a class="nl-link" href="${href}"
        >${hit.setTitle}${
          hit.questionNumber !== null &&
          html` — ${t('register.kv.questionNumber', { number: hit.questionNumber })}`
        }</a
      >
    </h3>
    <p class="nl-paragraph">${markedSnippet(hit.snippet)}</p>
  </li>`;
}

/** `/kamervragen`: the search form, the hits with marked snippets, and every imported set. */
export function kamervragenSearchPage(
  page: PageContext,
  state: { query: string; result: KamervragenSearchResult | undefined; sets: KamervragenSetSummary[] },
): PageView {
  const { t } = page;
  const searched = state.query !== '';
  const hits = state.result?.hits ?? [];
  const anyWords = state.result?.mode === 'any' && hits.length > 0;
  return {
    title: searched ? `${t('register.kvSearch.title')}: ${state.query}` : t('register.kvSearch.title'),
    body: html`<h1 class="nl-heading nl-heading--level-1">${t('register.kvSearch.title')}</h1>
      <p class="nl-paragraph nl-paragraph--lead">${t('register.kvSearch.lead')}</p>
      <form method="get" action="${page.href('/kamervragen')}" role="search">
        <div class="utrecht-form-field utrecht-form-field--text">
          <p class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="kamervragen-q">${t('register.kvSearch.label')}</label>
          </p>
          <p class="utrecht-form-field-description" id="kamervragen-q-hint">${t('register.kvSearch.hint')}</p>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="search"
              id="kamervragen-q"
              name="q"
              value="${state.query}"
              maxlength="200"
              aria-describedby="kamervragen-q-hint"
            />
          </div>
        </div>
        <p class="nl-paragraph">
          <button class="nl-button nl-button--primary" type="submit">${t('register.kvSearch.submit')}</button>
        </p>
      </form>
      ${
        searched &&
        html`<h2 class="nl-heading nl-heading--level-2">${t('register.kvSearch.results')}</h2>
          <p class="nl-paragraph" role="status">
            ${t('register.kvSearch.count', { count: state.result?.total ?? 0 })}
          </p>
          ${anyWords && html`<p class="nl-paragraph">${t('search.anyWords')}</p>`}
          ${
            hits.length === 0
              ? html`<p class="nl-paragraph">${t('register.kvSearch.empty')}</p>`
              : html`<ol class="dlw-search-hits">
                  ${hits.map((hit) => hitItem(page, hit))}
                </ol>`
          }`
      }
      <h2 class="nl-heading nl-heading--level-2">${t('register.kvSearch.allSets')}</h2>
      ${
        state.sets.length === 0
          ? html`<p class="nl-paragraph">${t('register.kvSearch.noSets')}</p>`
          : html`<ul class="utrecht-unordered-list">
              ${state.sets.map(
                (set) =>
                  html`<li class="utrecht-unordered-list__item">
                    <a class="nl-link" href="${page.href(`/kamervragen/${set.id}`)}">${set.title}</a>
                    (${t('register.kv.answeredCount', { answered: set.answeredCount, total: set.questionCount })})
                  </li>`,
              )}
            </ul>`
      }`,
  };
}

/** `/kamervragen/<id>`: one whole set, with the published breaches it is linked to. */
export function kamervragenSetPage(
  page: PageContext,
  set: StoredKamervragenSet,
  breaches: Pick<BreachSummary, 'slug' | 'title'>[],
): PageView {
  const { t, lang } = page;
  return {
    title: set.title,
    body: html`<nav class="utrecht-breadcrumb-nav" aria-label="${t('register.breadcrumb')}">
        <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
          <li class="utrecht-breadcrumb-nav__item">
            <a class="utrecht-breadcrumb-nav__link nl-link" href="${page.href('/kamervragen')}"
              >${t('register.kvSearch.title')}</a
            >
          </li>
        </ol>
      </nav>
      <h1 class="nl-heading nl-heading--level-1">${set.title}</h1>
      ${setPeople(page, set)}
      <h2 class="nl-heading nl-heading--level-2">${t('register.kv.linkedBreaches')}</h2>
      ${
        breaches.length === 0
          ? html`<p class="nl-paragraph">${t('register.kv.noLinkedBreaches')}</p>`
          : html`<ul class="utrecht-unordered-list">
              ${breaches.map(
                (b) =>
                  html`<li class="utrecht-unordered-list__item">
                    <a class="nl-link" href="${page.href(`/register/${b.slug}`)}">${b.title[lang]}</a>
                  </li>`,
              )}
            </ul>`
      }
      <h2 class="nl-heading nl-heading--level-2">${t('register.kv.questions')}</h2>
      ${questionList(page, set, setAnchorPrefix, 3)}`,
  };
}
