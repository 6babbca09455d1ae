import type { Operator } from '../config.ts';
import { languages, type Lang } from '../core/i18n/lang.ts';
import { html, type Html } from './html.ts';
import { localPath } from './lang-path.ts';
import type { PageContext, PageView } from './page.ts';

const languageNames: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/** Whose service this is, with the address and contact details (GDPR Art. 13). */
function operatorFooter(page: PageContext, operator: Operator): Html {
  const { t } = page;
  const mailOrLink = (value: string) =>
    value.includes('@') && !value.includes('/')
      ? html`<a class="nl-link" href="mailto:${value}">${value}</a>`
      : /^https?:\/\//.test(value)
        ? html`<a class="nl-link" href="${value}">${value}</a>`
        : value;
  return html`<p class="nl-paragraph dlw-footer__operator">
    ${t('operator.footer', { name: operator.name, address: operator.address })} ${t('operator.contact')}
    ${mailOrLink(operator.contact)}. ${t('operator.privacyContact')} ${mailOrLink(operator.privacyContact)}.
    ${operator.demo && t('operator.demo')}
  </p>`;
}

/** The document around every page: skip link, header with language switch, main, footer. */
export function layout(page: PageContext, view: PageView): Html {
  const { t, lang } = page;
  const alternates = languages.map(
    (other) =>
      html`<link rel="alternate" hreflang="${other}" href="${page.baseUrl}${localPath(other, page.path)}" />`,
  );
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${view.title} – ${t('site.name')}</title>
        <link rel="stylesheet" href="${page.assets.stylesheet.url}" />
        ${alternates}
        <link rel="alternate" hreflang="x-default" href="${page.baseUrl}${page.path}" />
        ${(view.feeds ?? []).map(
          (feed) =>
            html`<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.href}" />`,
        )}
        ${(view.scripts ?? []).map((script) => html`<script src="${script.url}" defer></script>`)}
      </head>
      <body>
        <a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">${t('layout.skipLink')}</a>
        <header class="utrecht-page-header">
          <div class="utrecht-page-header__content dlw-header__content">
            <div>
              <a class="nl-link dlw-header__name" href="${page.href('/')}">${t('site.name')}</a>
              ${page.operator && html`<p class="dlw-header__operator">${t('operator.header', { name: page.operator.name })}</p>`}
            </div>
            <nav aria-label="${t('layout.languageNav')}">
              <ul class="dlw-language-switch">
                ${languages.map((other) =>
                  other === lang
                    ? html`<li><span lang="${other}" aria-current="true">${languageNames[other]}</span></li>`
                    : html`<li>
                        <a
                          class="nl-link"
                          href="${localPath(other, page.path)}${page.search}"
                          hreflang="${other}"
                          lang="${other}"
                          >${languageNames[other]}</a
                        >
                      </li>`,
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="dlw-main" tabindex="-1">${view.body}</main>
        <footer class="utrecht-page-footer">
          <div class="utrecht-page-footer__content">
            <h2 class="nl-heading nl-heading--level-2 dlw-visually-hidden">${t('layout.footerHeading')}</h2>
            <ul class="dlw-footer__links">
              <li><a class="nl-link" href="${page.href('/register')}">${t('register.footerLink')}</a></li>
              <li>
                <a class="nl-link" href="${page.href('/toegankelijkheid')}">${t('layout.accessibility')}</a>
              </li>
              <li><a class="nl-link" href="${page.href('/privacy')}">${t('layout.privacy')}</a></li>
              <li>
                <a class="nl-link" href="${page.href('/werkruimte/inloggen')}"
                  >${t('layout.workspaceSignIn')}</a
                >
              </li>
              <li>
                ${
                  page.sourceUrl
                    ? html`<a class="nl-link" href="${page.sourceUrl}">${t('layout.sourceCode')}</a>`
                    : t('layout.sourceCodeLicence')
                }
              </li>
            </ul>
            <p class="nl-paragraph">${t('layout.footerAbout')}</p>
            ${page.operator && operatorFooter(page, page.operator)}
          </div>
        </footer>
      </body>
    </html> `;
}
