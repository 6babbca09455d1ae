import { html } from '../html.ts';
import type { MessageKey } from '../i18n/translator.ts';
import type { PageContext, PageView } from '../page.ts';

/** A statement page: a title and sections of heading + paragraphs, all from the messages. */
function statement(
  page: PageContext,
  title: MessageKey,
  sections: { heading: MessageKey; paragraphs: MessageKey[] }[],
): PageView {
  const { t } = page;
  return {
    title: t(title),
    body: html`<h1 class="nl-heading nl-heading--level-1">${t(title)}</h1>
      ${sections.map(
        (section) =>
          html`<h2 class="nl-heading nl-heading--level-2">${t(section.heading)}</h2>
            ${section.paragraphs.map((key) => html`<p class="nl-paragraph">${t(key)}</p>`)}`,
      )}`,
  };
}

export function accessibilityStatement(page: PageContext): PageView {
  return statement(page, 'a11y.title', [
    { heading: 'a11y.goal.heading', paragraphs: ['a11y.goal.text'] },
    { heading: 'a11y.how.heading', paragraphs: ['a11y.how.text', 'a11y.how.manual'] },
    { heading: 'a11y.status.heading', paragraphs: ['a11y.status.text'] },
    { heading: 'a11y.limits.heading', paragraphs: ['a11y.limits.text'] },
    { heading: 'a11y.contact.heading', paragraphs: ['a11y.contact.text'] },
  ]);
}

export function privacyStatement(page: PageContext): PageView {
  return statement(page, 'privacy.title', [
    { heading: 'privacy.short.heading', paragraphs: ['privacy.short.text'] },
    { heading: 'privacy.plan.heading', paragraphs: ['privacy.plan.text'] },
    { heading: 'privacy.cookies.heading', paragraphs: ['privacy.cookies.text', 'privacy.checklist.text'] },
    { heading: 'privacy.logs.heading', paragraphs: ['privacy.logs.text'] },
    { heading: 'privacy.thirdParties.heading', paragraphs: ['privacy.thirdParties.text'] },
    { heading: 'privacy.rights.heading', paragraphs: ['privacy.rights.text'] },
  ]);
}
