import type {
  KamervragenLinksView,
  KamervragenSuggestion,
} from '../../../use-cases/suggest-kamervragen-links.ts';
import { csrfField } from '../../csrf.ts';
import { html, type Html } from '../../html.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, h2, link, notice, paragraph, paths, table } from '../workspace/common.ts';
import type { KamervragenSetSummary } from '../../../core/kamervragen/records.ts';

/** The paths of the Kamervragen pages of a breach in the workspace. */
export const kamervragenLinkPaths = {
  page: (breachId: string) => `${paths.breach(breachId)}/kamervragen`,
  action: (breachId: string, action: KamervragenLinkAction) =>
    `${paths.breach(breachId)}/kamervragen/${action}`,
};

/** The three changes, by their Dutch path segment. */
export type KamervragenLinkAction = 'koppelen' | 'afwijzen' | 'ontkoppelen';

/** The `?bericht=` after each change, and its message. */
export const kamervragenNoticeKeys: Record<string, MessageKey> = {
  gekoppeld: 'kamervragenLinks.notice.linked',
  afgewezen: 'kamervragenLinks.notice.rejected',
  ontkoppeld: 'kamervragenLinks.notice.removed',
};

function submitters(set: KamervragenSetSummary): string {
  return set.submitters.map((s) => (s.party ? `${s.name} (${s.party})` : s.name)).join(', ');
}

function setTitle(set: KamervragenSetSummary): Html {
  return html`<span id="kv-${set.id}">${set.title}</span>`;
}

/** One button in its own small form; the set's title names what the button acts on. */
function actionForm(
  page: PageContext,
  csrfToken: string,
  breachId: string,
  set: KamervragenSetSummary,
  action: KamervragenLinkAction,
  label: MessageKey,
  primary: boolean,
): Html {
  return html`<form method="post" action="${page.href(kamervragenLinkPaths.action(breachId, action))}">
    ${csrfField(csrfToken)}
    <input type="hidden" name="setId" value="${set.id}" />
    <button
      class="nl-button nl-button--${primary ? 'primary' : 'secondary'}"
      type="submit"
      aria-describedby="kv-${set.id}"
    >
      ${page.t(label)}
    </button>
  </form>`;
}

function matchedTerms(page: PageContext, suggestion: KamervragenSuggestion): Html {
  return html`<ul class="utrecht-unordered-list">
    ${suggestion.matchedTerms.map(
      (term) =>
        html`<li class="utrecht-unordered-list__item">
          ${page.t('kamervragenLinks.term', {
            term: term.term,
            count: term.count,
            inTitle: term.inTitle ? 'yes' : 'no',
          })}
        </li>`,
    )}
  </ul>`;
}

function questionCount(page: PageContext, set: KamervragenSetSummary): string {
  return page.t('kamervragenLinks.questionCount', {
    questions: set.questionCount,
    answered: set.answeredCount,
  });
}

/**
 * The Kamervragen of one breach in the workspace: the sets already linked, the sets the
 * suggester proposes (score and the names and words it found), and suggestions turned down.
 * Editors and owners get buttons; viewers see the lists only.
 */
export function kamervragenLinksPage(
  page: PageContext,
  view: KamervragenLinksView,
  csrfToken: string,
  noticeText?: string,
): PageView {
  const { t, lang } = page;
  const { breach, canEdit } = view;
  const form = (
    set: KamervragenSetSummary,
    action: KamervragenLinkAction,
    label: MessageKey,
    primary = false,
  ) => (canEdit ? actionForm(page, csrfToken, breach.id, set, action, label, primary) : '');
  const actionHeader = canEdit ? [t('kamervragenLinks.column.action')] : [];
  const publicPage =
    breach.status === 'draft'
      ? paragraph(t('kamervragenLinks.draftNote'))
      : paragraph(
          link(page.href(`/register/${encodeURIComponent(breach.slug)}`), t('kamervragenLinks.publicPage')),
        );
  return {
    title: `${t('kamervragenLinks.title')} – ${breach.title[lang]}`,
    body: html`${notice(noticeText)} ${h1(t('kamervragenLinks.title'))} ${paragraph(breach.title[lang])}
    ${paragraph(link(page.href(paths.breach(breach.id)), t('kamervragenLinks.back')))}
    ${paragraph(t('kamervragenLinks.intro'))} ${h2(t('kamervragenLinks.linked.heading'), 'linked')}
    ${
      view.linked.length === 0
        ? paragraph(t('kamervragenLinks.linked.none'))
        : html`${publicPage}
          ${table(
            t('kamervragenLinks.linked.heading'),
            [
              t('kamervragenLinks.column.title'),
              t('kamervragenLinks.column.submitters'),
              t('kamervragenLinks.column.questions'),
              ...actionHeader,
            ],
            view.linked.map((set) => [
              setTitle(set),
              submitters(set),
              questionCount(page, set),
              ...(canEdit ? [form(set, 'ontkoppelen', 'kamervragenLinks.action.remove')] : []),
            ]),
          )}`
    }
    ${h2(t('kamervragenLinks.suggested.heading'), 'suggested')}
    ${
      view.suggestions.length === 0
        ? paragraph(t('kamervragenLinks.suggested.none'))
        : html`${paragraph(t('kamervragenLinks.suggested.lead'))}
          ${table(
            t('kamervragenLinks.suggested.heading'),
            [
              t('kamervragenLinks.column.title'),
              t('kamervragenLinks.column.submitters'),
              t('kamervragenLinks.column.score'),
              t('kamervragenLinks.column.terms'),
              ...actionHeader,
            ],
            view.suggestions.map((s) => [
              setTitle(s.set),
              submitters(s.set),
              t('kamervragenLinks.score', { percent: Math.round(s.score * 100) }),
              matchedTerms(page, s),
              ...(canEdit
                ? [
                    html`${form(s.set, 'koppelen', 'kamervragenLinks.action.confirm', true)}
                    ${form(s.set, 'afwijzen', 'kamervragenLinks.action.reject')}`,
                  ]
                : []),
            ]),
          )}`
    }
    ${
      view.rejected.length > 0 &&
      html`${h2(t('kamervragenLinks.rejected.heading'), 'rejected')}
      ${table(
        t('kamervragenLinks.rejected.heading'),
        [t('kamervragenLinks.column.title'), t('kamervragenLinks.column.submitters'), ...actionHeader],
        view.rejected.map((set) => [
          setTitle(set),
          submitters(set),
          ...(canEdit ? [form(set, 'koppelen', 'kamervragenLinks.action.linkAnyway')] : []),
        ]),
      )}`
    }`,
  };
}
