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

/**
 * The privacy statement with every point of GDPR Art. 13: the controller (the configured
 * operator) and its contact details, the privacy contact, purposes and legal basis, recipients,
 * retention, rights, whether data must be given, no automated decisions, no transfers outside
 * the EEA, and the complaint to the Autoriteit Persoonsgegevens.
 */
export function privacyStatement(page: PageContext): PageView {
  const { t } = page;
  const operator = page.operator;
  const params = operator
    ? {
        name: operator.name,
        address: operator.address,
        contact: operator.contact,
        privacyContact: operator.privacyContact,
      }
    : undefined;
  const section = (heading: string, paragraphs: string[]) =>
    html`<h2 class="nl-heading nl-heading--level-2">${heading}</h2>
      ${paragraphs.map((text) => html`<p class="nl-paragraph">${text}</p>`)}`;
  const fixed = (heading: MessageKey, paragraphs: MessageKey[]) =>
    section(
      t(heading),
      paragraphs.map((key) => t(key)),
    );
  return {
    title: t('privacy.title'),
    body: html`<h1 class="nl-heading nl-heading--level-1">${t('privacy.title')}</h1>
      ${fixed('privacy.short.heading', ['privacy.short.text'])}
      ${section(
        t('operator.privacy.controllerHeading'),
        params
          ? [t('operator.privacy.controller', params), t('operator.privacy.dpo', params)]
          : [t('operator.privacy.noOperator')],
      )}
      ${section(t('operator.privacy.purposesHeading'), [
        t('operator.privacy.purposes'),
        ...(params ? [t('operator.privacy.basis', params)] : []),
      ])}
      ${fixed('privacy.plan.heading', ['privacy.plan.text'])}
      ${fixed('privacy.cookies.heading', ['privacy.cookies.text', 'privacy.checklist.text'])}
      ${fixed('privacy.logs.heading', ['privacy.logs.text'])}
      ${section(t('operator.privacy.retentionHeading'), [t('operator.privacy.retention')])}
      ${section(t('operator.privacy.recipientsHeading'), [t('operator.privacy.recipients')])}
      ${fixed('privacy.thirdParties.heading', ['privacy.thirdParties.text'])}
      ${params ? section(t('operator.privacy.rightsHeading'), [t('operator.privacy.rights', params)]) : fixed('privacy.rights.heading', ['privacy.rights.text'])}
      ${params && section(t('operator.privacy.complaintHeading'), [t('operator.privacy.complaint', params)])}`,
  };
}
