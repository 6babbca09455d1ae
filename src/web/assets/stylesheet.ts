import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createAsset, type Asset } from './asset-store.ts';

const require = createRequire(import.meta.url);

/**
 * The NL Design System component CSS the pages use: the brand-neutral candidate components,
 * and the community (Utrecht) components for forms and page furniture. Never the Utrecht
 * design tokens: the look comes from our own tokens file (THEME).
 */
export const componentStylesheets = [
  '@nl-design-system-candidate/button-css/button.css',
  '@nl-design-system-candidate/code-css/code.css',
  '@nl-design-system-candidate/data-badge-css/data-badge.css',
  '@nl-design-system-candidate/heading-css/heading.css',
  '@nl-design-system-candidate/link-css/link.css',
  '@nl-design-system-candidate/mark-css/mark.css',
  '@nl-design-system-candidate/paragraph-css/paragraph.css',
  '@nl-design-system-candidate/skip-link-css/skip-link.css',
  '@utrecht/alert-css/dist/index.css',
  '@utrecht/breadcrumb-nav-css/dist/index.css',
  '@utrecht/checkbox-css/dist/index.css',
  '@utrecht/form-field-css/dist/index.css',
  '@utrecht/form-field-description-css/dist/index.css',
  '@utrecht/form-field-error-message-css/dist/index.css',
  '@utrecht/form-fieldset-css/dist/index.css',
  '@utrecht/form-label-css/dist/index.css',
  '@utrecht/nav-bar-css/dist/index.css',
  '@utrecht/ordered-list-css/dist/index.css',
  '@utrecht/page-footer-css/dist/index.css',
  '@utrecht/page-header-css/dist/index.css',
  '@utrecht/pagination-css/dist/index.css',
  '@utrecht/radio-button-css/dist/index.css',
  '@utrecht/select-css/dist/index.css',
  '@utrecht/status-badge-css/dist/index.css',
  '@utrecht/table-css/dist/index.css',
  '@utrecht/textarea-css/dist/index.css',
  '@utrecht/textbox-css/dist/index.css',
  '@utrecht/unordered-list-css/dist/index.css',
] as const;

/** The built-in brand-neutral tokens; THEME may point to another file with the same properties. */
export const defaultTokensFile = fileURLToPath(new URL('../theme/default/tokens.css', import.meta.url));
const baseFile = fileURLToPath(new URL('../theme/base.css', import.meta.url));

function withoutSourceMap(css: string): string {
  return css.replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}

/**
 * Concatenates tokens, component CSS and our page layout into one stylesheet. Tokens come
 * first so a theme can be read on its own; the order of components does not matter (each
 * styles only its own classes).
 */
export function buildStylesheet(options: { tokensFile?: string | undefined } = {}): Asset {
  const parts: string[] = [];
  const tokensFile = options.tokensFile ?? defaultTokensFile;
  parts.push(`/* tokens: ${tokensFile === defaultTokensFile ? 'default' : 'THEME'} */\n`);
  parts.push(readFileSync(tokensFile, 'utf8'));
  for (const specifier of componentStylesheets) {
    parts.push(`\n/* ${specifier.split('/').slice(0, 2).join('/')} (EUPL-1.2) */\n`);
    parts.push(withoutSourceMap(readFileSync(require.resolve(specifier), 'utf8')));
  }
  parts.push('\n/* datalekwijzer layout */\n');
  parts.push(readFileSync(baseFile, 'utf8'));
  return createAsset('site.css', 'text/css; charset=utf-8', parts.join(''));
}
