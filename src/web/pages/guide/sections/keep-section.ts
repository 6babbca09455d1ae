import { html, type Html } from '../../../html.ts';
import type { PageContext } from '../../../page.ts';
import type { GuideRenderOptions } from '../guide-options.ts';
import { link, p } from '../parts.ts';

/** Ways to keep the plan: print, PDF, reminders, letters, and closing the page. */
export function keepBody(page: PageContext, options: GuideRenderOptions): Html {
  const { t } = page;
  const item = (href: string | undefined, text: string) =>
    href && html`<li class="utrecht-unordered-list__item">${link(href, text)}</li>`;
  return html`${p(t('guide.keep.print'))}
    <ul class="utrecht-unordered-list dlw-no-print">
      ${item(options.links.full, t('guide.first.fullLink'))} ${item(options.links.pdf, t('guide.keep.pdf'))}
      ${item(options.links.reminders, t('guide.reminders.link'))}
      ${item(options.links.letters, t('guide.keep.letters'))}
      ${item(options.links.close, t('guide.keep.close'))}
    </ul>`;
}
