import { csrfField } from '../../csrf.ts';
import { html } from '../../html.ts';
import type { PageContext, PageView } from '../../page.ts';
import { h1, h2, link, paragraph } from '../workspace/common.ts';
import { textArea, textField, workspaceErrorSummary, type FormValues } from '../workspace/fields.ts';
import { letterPaths } from './parts.ts';

/**
 * Who sends the letters: return address, the contact point (DPO) the GDPR asks to name, the
 * helpline, the signatory and the reference printed on each letter.
 */
export function senderFormPage(
  page: PageContext,
  csrfToken: string,
  data: { breachId: string; breachTitle: string; values: FormValues; errors: Map<string, string> },
): PageView {
  const { t } = page;
  const field = (
    name: string,
    label: string,
    extra: { hint?: string; optional?: boolean; type?: 'email' | 'tel' } = {},
  ) => textField(page, { name, label, values: data.values, errors: data.errors, ...extra });
  return {
    title: `${t('letters.sender.title')} – ${data.breachTitle}`,
    status: data.errors.size > 0 ? 422 : 200,
    body: html`${workspaceErrorSummary(page, data.errors)} ${h1(t('letters.sender.title'))}
      ${paragraph(data.breachTitle)}
      ${paragraph(link(page.href(letterPaths.overview(data.breachId)), t('letters.back')))}
      ${paragraph(t('workspace.form.requiredNote'))}
      <form method="post" action="${page.href(letterPaths.sender(data.breachId))}" novalidate>
        ${csrfField(csrfToken)}
        ${textArea(page, {
          name: 'addressLines',
          label: t('letters.sender.addressLines'),
          hint: t('letters.sender.addressLinesHint'),
          values: data.values,
          errors: data.errors,
          rows: 3,
        })}
        ${h2(t('letters.sender.contactTitle'))} ${paragraph(t('letters.sender.contactHint'))}
        ${field('contact.name', t('letters.sender.contactName'), { optional: true })}
        ${field('contact.phone', t('letters.sender.contactPhone'), { optional: true, type: 'tel' })}
        ${field('contact.email', t('letters.sender.contactEmail'), { optional: true, type: 'email' })}
        ${field('contact.website', t('letters.sender.contactWebsite'), { optional: true })}
        ${h2(t('letters.sender.helplineTitle'))}
        ${field('helpline.phone', t('letters.sender.helplinePhone'), { optional: true, type: 'tel' })}
        ${field('helpline.hours.nl', t('letters.sender.helplineHoursNl'), { optional: true })}
        ${field('helpline.hours.en', t('letters.sender.helplineHoursEn'), { optional: true })}
        ${field('website', t('letters.sender.website'), { optional: true, hint: t('letters.sender.websiteHint') })}
        ${h2(t('letters.sender.signatureTitle'))}
        ${field('signatory.name', t('letters.sender.signatoryName'))}
        ${field('signatory.role.nl', t('letters.sender.signatoryRoleNl'), { optional: true })}
        ${field('signatory.role.en', t('letters.sender.signatoryRoleEn'), { optional: true })}
        ${field('referencePrefix', t('letters.sender.referencePrefix'), { hint: t('letters.sender.referencePrefixHint') })}
        ${field('emailFrom', t('letters.sender.emailFrom'), { optional: true, type: 'email', hint: t('letters.sender.emailFromHint') })}
        <button class="nl-button nl-button--primary" type="submit">${t('letters.sender.save')}</button>
      </form>`,
  };
}
