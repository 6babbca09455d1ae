import type { BreachDetail } from '../../../../use-cases/get-breach.ts';
import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import { isWebUrl } from '../safe-url.ts';

/** The organisation's helpline; a web address is only linked when it is a safe http(s) URL. */
export function helpline(page: PageContext, breach: BreachDetail): Html {
  const { t, lang } = page;
  const line = breach.helpline;
  if (!line) return html`<p class="nl-paragraph">${t('register.helpline.none')}</p>`;
  return html`<dl class="dlw-facts">
    <dt>${t('register.helpline.phone')}</dt>
    <dd>
      ${line.phone ? html`<a class="nl-link" href="tel:${line.phone.replace(/[^0-9+]/g, '')}">${line.phone}</a>` : t('register.unknown')}
    </dd>
    <dt>${t('register.helpline.hours')}</dt>
    <dd>${line.hours ? line.hours[lang] : t('register.unknown')}</dd>
    <dt>${t('register.helpline.url')}</dt>
    <dd>
      ${isWebUrl(line.url) ? html`<a class="nl-link" href="${line.url}">${line.url}</a>` : (line.url ?? t('register.unknown'))}
    </dd>
  </dl>`;
}
