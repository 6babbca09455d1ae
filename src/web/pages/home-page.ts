import { html } from '../html.ts';
import type { MessageKey } from '../i18n/translator.ts';
import type { PageContext, PageView } from '../page.ts';

export interface WayIn {
  id: 'code' | 'breach' | 'data' | 'genuine';
  /** The Dutch path of the page for this way in. */
  path: string;
}

const wayTexts: Record<WayIn['id'], { title: MessageKey; text: MessageKey }> = {
  code: { title: 'home.way.code.title', text: 'home.way.code.text' },
  breach: { title: 'home.way.breach.title', text: 'home.way.breach.text' },
  data: { title: 'home.way.data.title', text: 'home.way.data.text' },
  genuine: { title: 'home.way.genuine.title', text: 'home.way.genuine.text' },
};

/** Home: what this site is, and the ways in (linked when their page exists). */
export function homePage(page: PageContext, ways: (WayIn & { available: boolean })[]): PageView {
  const { t } = page;
  return {
    title: t('home.title'),
    body: html`<h1 class="nl-heading nl-heading--level-1">${t('home.title')}</h1>
      <p class="nl-paragraph nl-paragraph--lead">${t('home.lead')}</p>
      <p class="nl-paragraph">${t('home.intro')}</p>
      <h2 class="nl-heading nl-heading--level-2">${t('home.waysHeading')}</h2>
      <ul class="dlw-ways">
        ${ways.map((way) => {
          const texts = wayTexts[way.id];
          return html`<li>
            <h3 class="nl-heading nl-heading--level-3">
              ${
                way.available
                  ? html`<a class="nl-link" href="${page.href(way.path)}">${t(texts.title)}</a>`
                  : t(texts.title)
              }
            </h3>
            <p class="nl-paragraph">${t(texts.text)}</p>
            ${!way.available && html`<p class="nl-paragraph">${t('home.way.notYet')}</p>`}
          </li>`;
        })}
      </ul>
      <h2 class="nl-heading nl-heading--level-2">${t('home.safetyHeading')}</h2>
      <p class="nl-paragraph">${t('home.safety')}</p>`,
  };
}
