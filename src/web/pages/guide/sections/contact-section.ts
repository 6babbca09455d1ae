import type { PlanContact } from '../../../../core/plan/index.ts';
import type { GuideView } from '../../../guide/guide-service.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { h3, link, list, p } from '../parts.ts';

function contactItem(page: PageContext, contact: PlanContact): Html {
  const { t } = page;
  return html`<li class="utrecht-unordered-list__item">
    <strong>${contact.name}</strong>: ${contact.purpose}
    ${contact.phone && html`<br />${t('plan.contactPhone', { phone: contact.phone })}`}
    ${contact.hours && html`<br />${t('plan.contactHours', { hours: contact.hours })}`}
    ${contact.how && html`<br />${contact.how}`}
    ${contact.website && html`<br />${t('plan.contactWebsite')} ${link(`https://${contact.website}`, contact.website)}`}
  </li>`;
}

/** Whom to call: the organisation's own helpline first, then the other contacts of the plan. */
export function contactSection(page: PageContext, view: GuideView): Html {
  const { t, lang } = page;
  const { breach } = view.context;
  const helpline = breach.helpline;
  return html`${h3(t('guide.contact.organisation', { organisation: breach.organisationName }))}
  ${
    helpline && (helpline.phone || helpline.url)
      ? html`${p(t('guide.contact.organisationWhen'))}
        ${list(
          [
            helpline.phone && t('plan.contactPhone', { phone: helpline.phone }),
            helpline.hours && t('plan.contactHours', { hours: helpline.hours[lang] }),
            helpline.url &&
              html`${t('plan.contactWebsite')} ${link(helpline.url, helpline.url.replace(/^https?:\/\//, ''))}`,
          ].filter((item): item is string | Html => Boolean(item)),
        )}`
      : p(t('guide.contact.organisationOwnChannel'))
  }
  ${
    view.plan.contacts.length > 0 &&
    html`${h3(t('guide.contact.others'))}
      <ul class="utrecht-unordered-list">
        ${view.plan.contacts.map((contact) => contactItem(page, contact))}
      </ul>`
  }`;
}
